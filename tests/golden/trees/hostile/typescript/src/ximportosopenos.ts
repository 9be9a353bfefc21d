import type { Runtime } from "./lib/runtime.js";
import { XImportOsOpenOsEnvironMARKERW77RawScript2 } from "./ximportosopenosenvironmarkerw77rawscript2.js";

/** x"""; import os; open(os */
export class XImportOsOpenOs {
  constructor(private readonly runtime: Runtime) {}

  private _environMarkerW77RawScript?: XImportOsOpenOsEnvironMARKERW77RawScript2;

  get environMarkerW77RawScript(): XImportOsOpenOsEnvironMARKERW77RawScript2 {
    return (this._environMarkerW77RawScript ??= new XImportOsOpenOsEnvironMARKERW77RawScript2(this.runtime));
  }
}
