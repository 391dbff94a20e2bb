/** The JSON Schemas of the front matter and of the manifest, written from the option registries for editors. */
package dev.cvpress.schema;
