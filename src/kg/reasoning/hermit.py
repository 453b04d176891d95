"""HermiT (OWL 2 DL) through owlready2: the ABox facts it entails from the ontology
and the asserted facts. It needs Java, so it is an optional step of a build."""

from __future__ import annotations

import io
import shutil
import tempfile

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF

from ..errors import EnvironmentProblem, ReasoningError
from ..model.namespaces import ID, Triple


def java_available() -> bool:
    import owlready2

    return shutil.which(owlready2.JAVA_EXE) is not None


def hermit(ontology: Graph, asserted: Graph) -> set[Triple]:
    """Run HermiT over ontology + asserted facts; return the entailed ABox
    triples (types and object property values) that are not asserted."""
    import owlready2

    if not java_available():
        raise EnvironmentProblem(
            "Java is not installed, so the HermiT reasoner cannot run",
            hint="install Java 17 or newer (e.g. `apt-get install default-jre-headless`),"
            " or build without reasoning: kg build --no-reason",
        )
    data = Graph()
    data += ontology
    data += asserted
    world = owlready2.World()
    buffer = io.BytesIO(data.serialize(format="nt", encoding="utf-8"))
    onto = world.get_ontology("https://w3id.org/kg-state-actors/build").load(
        fileobj=buffer, format="ntriples"
    )
    with tempfile.TemporaryDirectory(prefix="kg-hermit-") as tmp:
        old_tmp = tempfile.tempdir
        tempfile.tempdir = tmp  # owlready2 writes its input file here
        try:
            with onto:
                owlready2.sync_reasoner_hermit(
                    world,
                    infer_property_values=True,
                    debug=0,
                    ignore_unsupported_datatypes=True,
                )
        except owlready2.OwlReadyInconsistentOntologyError as exc:
            raise ReasoningError(
                "HermiT found the curated facts inconsistent with the ontology",
                hint="an entity probably belongs to two disjoint classes or breaks a"
                " functional property; run `kg validate` and check the classes of the"
                " entities you changed last",
            ) from exc
        except owlready2.OwlReadyJavaError as exc:
            raise EnvironmentProblem(
                f"HermiT failed to run: {str(exc).strip().splitlines()[-1]}",
                hint="check `java -version` (17 or newer), or build with --no-reason",
            ) from exc
        finally:
            tempfile.tempdir = old_tmp
    vocabulary_terms = set(ontology.subjects())
    entailed: set[Triple] = set()
    for s, p, o in world.as_rdflib_graph().triples((None, None, None)):
        if not (isinstance(s, URIRef) and s.startswith(str(ID))):
            continue
        if p == RDF.type:
            if o in (OWL.NamedIndividual, OWL.Thing) or o not in vocabulary_terms:
                continue
        elif p not in vocabulary_terms:
            continue
        # HermiT infers no data values; owlready2 only echoes the asserted ones,
        # typed xsd:string where rdflib had plain literals, so skip them.
        if isinstance(o, URIRef):
            triple = (URIRef(s), URIRef(p), URIRef(o))
            if triple not in asserted:
                entailed.add(triple)
    return entailed


__all__ = ["hermit", "java_available"]
