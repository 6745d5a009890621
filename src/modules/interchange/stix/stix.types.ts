/** A STIX 2.1 object as JSON: the common properties typed, everything else open (custom x_storygraph_* included). */
export interface StixObject {
  type: string;
  id: string;
  spec_version?: string;
  [property: string]: unknown;
}

export interface StixBundle {
  type: 'bundle';
  id: string;
  objects: StixObject[];
}

export interface ExternalReference {
  source_name: string;
  description?: string;
  url?: string;
  external_id?: string;
}
