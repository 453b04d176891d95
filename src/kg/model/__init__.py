"""The model: namespaces (every IRI), the ontology, reference tables and name resolution."""
