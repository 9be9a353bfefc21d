import * as models from "./models/index.js";
import type { OperationSpec, RequestOptions, Runtime } from "./lib/runtime.js";
import { rawView, type RawMethods } from "./lib/raw.js";

export interface Zoo2GetPetRequest {
  id: number;
}

export interface Zoo2AddPetRequest {
  pet: models.Pet;
}

export interface Zoo2CreateAccountRequest {
  name: string;
  password: string;
  status?: models.Status;
  level?: models.Level;
}

export interface Zoo2ImportAccountsRequest {
  accounts: Array<models.Account>;
}

const _GETPET_OPERATION: OperationSpec = {
  operationId: "getPet",
  method: "GET",
  path: "/pets/{id}",
  servers: [],
  accept: "application/json",
  responseKind: "json",
  responseContentType: "application/json",
  response: () => ({ t: "ref", get: () => models.Pet$ }),
  security: [],
  params: [["id", "id", "path", "simple", false]],
};

const _ADDPET_OPERATION: OperationSpec = {
  operationId: "addPet",
  method: "POST",
  path: "/pets",
  servers: [],
  requestContentType: "application/json",
  accept: "application/json",
  responseKind: "json",
  responseContentType: "application/json",
  response: () => ({ t: "ref", get: () => models.Pet$ }),
  security: [],
  params: [],
  body: { schema: () => models.AddPetRequestBody$ },
};

const _LISTSHAPES_OPERATION: OperationSpec = {
  operationId: "listShapes",
  method: "GET",
  path: "/shapes",
  servers: [],
  accept: "application/json",
  responseKind: "json",
  responseContentType: "application/json",
  response: () => ({ t: "array", items: { t: "ref", get: () => models.Shape$ } }),
  security: [],
  params: [],
};

const _CREATEACCOUNT_OPERATION: OperationSpec = {
  operationId: "createAccount",
  method: "POST",
  path: "/accounts",
  servers: [],
  requestContentType: "application/json",
  accept: "application/json",
  responseKind: "json",
  responseContentType: "application/json",
  response: () => ({ t: "ref", get: () => models.Account$ }),
  security: [],
  params: [],
  body: { schema: () => models.Account$ },
};

const _IMPORTACCOUNTS_OPERATION: OperationSpec = {
  operationId: "importAccounts",
  method: "POST",
  path: "/accounts/import",
  servers: [],
  requestContentType: "application/json",
  accept: "*/*",
  responseKind: "none",
  security: [],
  params: [],
  body: { schema: () => models.ImportAccountsRequestBody$ },
};

/** Zoo */
export class Zoo2 {
  constructor(private readonly runtime: Runtime) {}

  /** These methods, each resolving to a `RawResponse`: the HTTP response (status, headers) and
   * `parse()` for what the method resolves to. */
  get withRawResponse(): RawMethods<Zoo2> {
    return rawView<Zoo2>(this, this.runtime.withRaw());
  }

  /** getPet */
  async getPet(
    request: Zoo2GetPetRequest,
    options?: RequestOptions,
  ): Promise<models.Pet> {
    return (await this.runtime.send(_GETPET_OPERATION, request, options)) as models.Pet;
  }

  /** addPet */
  async addPet(
    request: Zoo2AddPetRequest,
    options?: RequestOptions,
  ): Promise<models.Pet> {
    return (await this.runtime.send(_ADDPET_OPERATION, request, options)) as models.Pet;
  }

  /** listShapes */
  async listShapes(options?: RequestOptions): Promise<Array<models.Shape>> {
    return (await this.runtime.send(_LISTSHAPES_OPERATION, {}, options)) as Array<models.Shape>;
  }

  /** createAccount */
  async createAccount(
    request: Zoo2CreateAccountRequest,
    options?: RequestOptions,
  ): Promise<models.Account> {
    return (await this.runtime.send(_CREATEACCOUNT_OPERATION, request, options)) as models.Account;
  }

  /** importAccounts */
  async importAccounts(
    request: Zoo2ImportAccountsRequest,
    options?: RequestOptions,
  ): Promise<void> {
    return (await this.runtime.send(_IMPORTACCOUNTS_OPERATION, request, options)) as void;
  }
}
