import type { Runtime } from "./lib/runtime.js";
import { ContainerImage } from "./containerimage.js";

/** Container */
export class Container {
  constructor(private readonly runtime: Runtime) {}

  private _image?: ContainerImage;

  get image(): ContainerImage {
    return (this._image ??= new ContainerImage(this.runtime));
  }
}
