import type { Schema } from "../lib/schema.js";
import { type Cafe, Cafe$ } from "./cafe.js";
import { type Client, Client$ } from "./client.js";
import { type Model1StPlace, Model1StPlace$ } from "./model1stplace.js";
import { type PetStoreV1, PetStoreV1$ } from "./petstorev1.js";
import { type PetStoreV12, PetStoreV12$ } from "./petstorev12.js";
import { type ResponseModel, ResponseModel$ } from "./responsemodel.js";

export interface ListClientsResponse {
  client: Client;
  response: ResponseModel;
  petStore: PetStoreV1;
  petStore2: PetStoreV12;
  place: Model1StPlace;
  cafe: Cafe;
}

export const ListClientsResponse$: Schema = {
  t: "object",
  name: "ListClientsResponse",
  fields: [
    { name: "client", wire: "client", schema: { t: "ref", get: () => Client$ }, required: true },
    { name: "response", wire: "response", schema: { t: "ref", get: () => ResponseModel$ }, required: true },
    { name: "petStore", wire: "petStore", schema: { t: "ref", get: () => PetStoreV1$ }, required: true },
    { name: "petStore2", wire: "pet_store", schema: { t: "ref", get: () => PetStoreV12$ }, required: true },
    { name: "place", wire: "place", schema: { t: "ref", get: () => Model1StPlace$ }, required: true },
    { name: "cafe", wire: "cafe", schema: { t: "ref", get: () => Cafe$ }, required: true },
  ],
};
