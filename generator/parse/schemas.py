"""Schemas into the IR's type algebra: component schemas, inline ones named after their
place, ``allOf`` merged, unions with their discriminators, enums, nullability."""

from __future__ import annotations

import json
from typing import Any

from .. import ir, tracking
from ..errors import Diagnostics, join_pointer
from ..load import LoadedSpec, ref_pointer, split_pointer
from .examples import misfit
from .reading import Reader, spec_field, spec_is_set, spec_keys, spec_text

# What an allOf part may say and still only annotate the schema beside it: descriptions,
# examples, access and deprecation marks, and 3.0's nullable.
ANNOTATIONS = frozenset(
    {
        *("description", "title", "example", "examples", "externalDocs", "xml", "$comment"),
        *("deprecated", "readOnly", "writeOnly", "nullable"),
    }
)

# JSON Schema keywords that shape a value in ways the IR has no type for.
UNTYPED_KEYWORDS = ("patternProperties", "if", "dependentSchemas")
# What makes a schema say what a value is, rather than only constrain it.
TYPING_KEYWORDS = (
    *("type", "properties", "items", "prefixItems", "enum", "const", "oneOf", "anyOf"),
    *("allOf", "additionalProperties", "format", "$recursiveRef", "$dynamicRef"),
)


class SchemaParser(Reader):
    """Turns JSON Schemas into IR types; named schemas collect in ``schemas``."""

    def __init__(self, spec: LoadedSpec, diagnostics: Diagnostics) -> None:
        super().__init__(spec, diagnostics)
        self.schemas: dict[ir.SchemaName, ir.NamedSchema] = {}
        self.converting: set[ir.SchemaName] = set()
        self.nullable_components: set[ir.SchemaName] = set()
        self.inlining: list[str] = []
        # References to schemas that are not components but hold themselves (a report's
        # component made of components): each is a named type of its own, by this name.
        self.recursive_targets: dict[str, ir.SchemaName] = {}
        self.recursive_owners: dict[ir.SchemaName, str] = {}  # each such name's pointer
        # The references found to hold themselves, kept when the attempt that found one is
        # dropped: converted again, each is named at once instead of found again by a
        # failing first pass (k nested ones cost 2^k conversions that way).
        self.self_holding: set[str] = set()
        # The component schemas whose properties are being merged inline (an allOf) around
        # the schema at hand: merging one of them again would never end.
        self.merging: list[str] = []
        # Each property's examples and where they are written, by the Property's id (the IR
        # holds the first): checked once every type is known (:meth:`check_examples`).
        self.property_examples: dict[int, list[tuple[Any, str]]] = {}

    def component_schema(self, name: str) -> ir.SchemaName:
        schema_name = ir.SchemaName((name,))
        if schema_name in self.schemas or schema_name in self.converting:
            return schema_name
        pointer = join_pointer("/components/schemas", name)
        schema = self.doc.components.schemas[name]
        self.converting.add(schema_name)
        # A component is converted once (a reference to it while it is converted is a name):
        # the merges around the reference that led here are not around its own.
        merging, self.merging = self.merging, []
        try:
            result = self.type_of(schema, pointer, schema_name, force_named=True)
        finally:
            self.converting.discard(schema_name)
            self.merging = merging
        if isinstance(result, ir.Nullable):
            # ``anyOf: [{...}, {type: null}]`` as a component: every reference may be null.
            self.nullable_components.add(schema_name)
        if schema_name not in self.schemas:
            # An alias (a primitive, an array, or a reference to another schema): keep it as a
            # union of one so that the component keeps its own name and page.
            description = spec_text(spec_field(schema, "description")) or self.noted(
                schema, "description"
            )
            self.schemas[schema_name] = ir.UnionSchema(schema_name, (result,), description, pointer)
        return schema_name

    def discriminator(
        self, schema: Any, pointer: str, variants: list[ir.TypeRef]
    ) -> ir.Discriminator | None:
        """The union's discriminator, when every member is a named object schema (the only
        case where a property can tell them apart); otherwise a warning, and members are
        tried in order."""
        found = spec_field(schema, "discriminator")
        if found is None:
            return None
        where = join_pointer(pointer, "discriminator")
        members = [v.name for v in variants if isinstance(v, ir.Named)]
        if len(members) != len(variants):
            self.warn(
                where,
                "unsupported-discriminator",
                "a discriminator needs every member of its union to be a schema of its own; "
                "members are tried in order instead",
            )
            return None
        mapping: list[tuple[str, ir.SchemaName]] = []
        for value, target in (getattr(found, "mapping", None) or {}).items():
            ref = str(target)
            key = _component_of(ref_pointer(ref)) or ref  # a reference, or a bare name
            if self.doc.components is None or key not in (self.doc.components.schemas or {}):
                # A bundler that left a file's name here (DigitalOcean's), or a typo: which
                # member the value selects is unknown, so none is picked by the property.
                self.warn(
                    join_pointer(where, "mapping", str(value)),
                    "unsupported-discriminator",
                    f"discriminator mapping {str(value)!r} names {ref!r}, which is not a "
                    "schema under components/schemas; members are tried in order instead",
                )
                return None
            mapping.append((str(value), self.component_schema(key)))
        mapped = {target for _, target in mapping}
        property_name = str(found.propertyName)
        for member in members:
            if member in mapped:
                continue
            pinned = self.pinned_values(member, property_name)
            if pinned:  # the member's own one-value enum or const says which value it takes
                mapping.extend((value, member) for value in pinned)
            elif len(member.parts) == 1:
                mapping.append((member.parts[0], member))  # the implicit value: its name
        for member in members:
            built = self.schemas.get(member)
            if isinstance(built, ir.EnumSchema) or (
                isinstance(built, ir.UnionSchema)
                and all(not isinstance(v, ir.Named) for v in built.variants)
            ):
                # A list or a scalar (GitHub's content-directory, mapped from "array"): no
                # property to read, so the property cannot pick it.
                self.warn(
                    where,
                    "unsupported-discriminator",
                    f"member {'.'.join(member.parts)} is not an object, so {property_name} "
                    "cannot select it; members are tried in order instead",
                )
                return None
        selects: dict[str, ir.SchemaName] = {}
        for value, target in mapping:
            if selects.setdefault(value, target) != target:
                self.warn(
                    where,
                    "ambiguous-discriminator",
                    f"{property_name} {value!r} selects more than one member "
                    f"({'.'.join(selects[value].parts)}, {'.'.join(target.parts)}); "
                    "members are tried in order instead",
                )
                return None
        return ir.Discriminator(property_name, tuple(mapping))

    def pinned_values(self, member: ir.SchemaName, property_name: str) -> list[str]:
        """The values a union member allows for the discriminator property, when it pins them
        with an ``enum`` or ``const`` of strings (how specs without a ``mapping`` usually say
        it: ``role: {const: system}``); empty when it does not, or is still being built."""
        schema = self.schemas.get(member)
        if not isinstance(schema, ir.ObjectSchema):
            return []
        prop = next((p for p in schema.properties if p.name == property_name), None)
        if prop is None:
            return []
        kind = prop.type.inner if isinstance(prop.type, ir.Nullable) else prop.type
        if not isinstance(kind, ir.Named):
            return []
        values = self.schemas.get(kind.name)
        if not isinstance(values, ir.EnumSchema) or not values.values:
            return []
        if not all(isinstance(v, str) for v in values.values):
            return []
        return [str(v) for v in values.values]

    def register(self, schema: ir.NamedSchema) -> ir.Named:
        name = schema.name
        if (name in self.schemas and self.schemas[name] != schema) or (
            self.recursive_owners.get(name, schema.pointer) != schema.pointer
        ):
            counter = 2
            while ir.SchemaName((*name.parts, str(counter))) in self.schemas:
                counter += 1
            schema = tracking.replace(schema, name=ir.SchemaName((*name.parts, str(counter))))
        self.schemas[schema.name] = schema
        return ir.Named(schema.name)

    def type_of(
        self,
        schema: Any,
        pointer: str,
        name: ir.SchemaName | None,
        force_named: bool = False,
    ) -> ir.TypeRef:
        """Convert a schema (or reference) at ``pointer`` to a type, naming it ``name`` if it
        needs a name of its own."""
        ref = spec_field(schema, "$ref")
        if ref is not None:
            ref = str(ref)
            component = _component_of(ref_pointer(ref)) if ref.startswith("#") else None
            if component is not None:
                named = self.component_schema(component)
                if named in self.nullable_components:
                    return ir.Nullable(ir.Named(named))
                return ir.Named(named)
            named_target = self.recursive_targets.get(ref)
            if named_target is not None:
                return ir.Named(named_target)
            if ref in self.inlining:
                raise _InlineRecursion(ref)
            return self.inline_reference(ref, schema, pointer, name)

        dynamic = spec_field(schema, "$recursiveRef") or spec_field(schema, "$dynamicRef")
        if dynamic is not None:
            return self.dynamic_reference(str(dynamic), pointer)
        for keyword in UNTYPED_KEYWORDS:
            if spec_field(schema, keyword) is not None:
                self.warn(
                    join_pointer(pointer, keyword),
                    "unsupported-keyword",
                    f"{keyword} is not expressed in the SDK's types; what it describes is "
                    "typed as any value, unchecked",
                )
        description = spec_text(spec_field(schema, "description"))
        raw_type = spec_field(schema, "type")
        given = raw_type if isinstance(raw_type, list) else [] if raw_type is None else [raw_type]
        for written in given:
            if not isinstance(getattr(written, "value", written), str):
                # Codat's `itemType: {type: {type: string, enum: [...]}}`: a schema one level
                # too deep, which no reading can be sure of.
                shown = json.dumps(written, default=str)
                raise self.fail(
                    join_pointer(pointer, "type"),
                    f"type holds {shown[:60] + ('...' if len(shown) > 60 else '')}; it takes "
                    'a type\'s name ("string", "object", ...) or a list of them',
                )
        types = [str(getattr(t, "value", t)) for t in given]
        nullable = "null" in types or bool(getattr(schema, "nullable", False))
        types = [t for t in types if t != "null"]
        enum = spec_field(schema, "enum")
        if spec_is_set(schema, "const"):
            enum = [spec_field(schema, "const")]
        if enum is not None:
            values = [v for v in enum if v is not None]
            if None in enum:
                nullable = True
            if not values and not enum:
                return self.contradiction(pointer, "an empty enum")
            if not values:
                # Null and nothing else: what a union member says when it makes the union
                # nullable (see only_null); alone, the IR has no type for it.
                self.warn(
                    pointer,
                    "null-only",
                    "the only value allowed is null; typed as any value or null, unchecked",
                )
                return ir.Nullable(ir.Primitive("any"))
            kinds = {self.json_kind(v) for v in values}
            if len(kinds) > 1:
                self.warn(
                    pointer,
                    "mixed-enum",
                    f"enum mixes value types ({', '.join(sorted(kinds))}); "
                    "typed as any value, unchecked",
                )
                mixed: ir.TypeRef = ir.Primitive("any")
                return ir.Nullable(mixed) if nullable else mixed
            enum_kind = kinds.pop()
            if enum_kind == "boolean":
                # true/false/const true: a boolean, not worth a named type (nor can Python
                # subclass bool for an Enum).
                result_bool: ir.TypeRef = ir.Primitive("boolean")
                return ir.Nullable(result_bool) if nullable else result_bool
            if (
                types
                and enum_kind not in types
                and not (enum_kind == "integer" and "number" in types)
            ):
                return self.contradiction(
                    pointer, f"enum values are {enum_kind}s but the schema's type is {types[0]!r}"
                )
            if name is None:
                name = self.name_from(pointer)
            result: ir.TypeRef = self.register(
                ir.EnumSchema(name, ir.Primitive(enum_kind), tuple(values), description, pointer)  # type: ignore[arg-type]
            )
            return ir.Nullable(result) if nullable else result

        variants_source = spec_field(schema, "oneOf") or spec_field(schema, "anyOf")
        if variants_source and self.only_constraints(variants_source):
            # `anyOf: [{required: [a]}, {required: [b]}]` beside properties: which fields go
            # together, not what the value is; the server checks it, the type is the object.
            variants_source = None
        if variants_source:
            key = "oneOf" if spec_field(schema, "oneOf") else "anyOf"
            variants: list[ir.TypeRef] = []
            for index, variant in enumerate(variants_source):
                variant_pointer = join_pointer(pointer, key, index)
                resolved, _ = self.follow(variant, variant_pointer)
                if self.only_null(resolved):
                    nullable = True
                    continue
                variant_name = ir.SchemaName(
                    (*(name.parts if name else ("Variant",)), str(index + 1))
                )
                variants.append(self.type_of(variant, variant_pointer, variant_name))
            if len(variants) == 1 and not force_named:
                result = variants[0]
            else:
                if name is None:
                    name = self.name_from(pointer)
                discriminator = self.discriminator(schema, pointer, variants)
                result = self.register(
                    ir.UnionSchema(name, tuple(variants), description, pointer, discriminator)
                )
            if isinstance(result, ir.Nullable):
                return result
            return ir.Nullable(result) if nullable else result

        all_of = spec_field(schema, "allOf")
        contradiction = self.contradiction_in(schema, pointer, types, all_of)
        if contradiction is not None:
            return self.contradiction(*contradiction)
        if all_of:
            if len(all_of) == 1 and not spec_field(schema, "properties"):
                inner = self.type_of(
                    all_of[0], join_pointer(pointer, "allOf", 0), name, force_named
                )
                return (
                    ir.Nullable(inner) if nullable and not isinstance(inner, ir.Nullable) else inner
                )
            sole = self.sole_part(all_of)
            if sole is not None and not spec_field(schema, "properties"):
                # One schema, and parts that only say something about it (a description,
                # nullable: true): 3.0 ignores what stands beside a $ref, so specs say it so.
                index, part, notes = sole
                inner = self.type_of(part, join_pointer(pointer, "allOf", index), name, force_named)
                nullable = nullable or any(spec_field(n, "nullable") is True for n in notes)
                return (
                    ir.Nullable(inner) if nullable and not isinstance(inner, ir.Nullable) else inner
                )
            return self.object_type(schema, pointer, name, description, nullable, all_of)

        if len(types) > 1:
            if name is None:
                name = self.name_from(pointer)
            parts = [self.type_of({"type": t}, pointer, None) for t in types]
            result = self.register(ir.UnionSchema(name, tuple(parts), description, pointer))
            return ir.Nullable(result) if nullable else result

        kind = types[0] if types else None
        if kind is None and (
            spec_field(schema, "properties")
            or spec_field(schema, "additionalProperties") not in (None, True, False)
        ):
            kind = "object"
        if kind is None and (
            spec_field(schema, "items") is not None or spec_field(schema, "prefixItems") is not None
        ):
            kind = "array"
        if kind == "object":
            return self.object_type(schema, pointer, name, description, nullable, [])
        if kind == "array":
            result = ir.ArrayType(self.item_type(schema, pointer, name))
        elif kind in ("string", "integer", "number", "boolean"):
            fmt = spec_field(schema, "format")
            result = ir.Primitive(kind, str(fmt) if fmt else None)  # type: ignore[arg-type]
        elif kind is None:
            result = ir.Primitive("any")
        else:
            raise self.fail(pointer, f"unknown type {kind!r}")
        return ir.Nullable(result) if nullable else result

    @staticmethod
    def only_constraints(variants: list[Any]) -> bool:
        """Whether every member of a union only constrains (``required``, ``not``, bounds)
        and none says what type the value has."""
        for variant in variants:
            if spec_field(variant, "$ref") is not None:
                return False
            if any(spec_field(variant, key) is not None for key in TYPING_KEYWORDS):
                return False
        return True

    def item_type(self, schema: Any, pointer: str, name: ir.SchemaName | None) -> ir.TypeRef:
        """An array's item type: ``items``, or what the positions of a tuple (``prefixItems``)
        have in common; a tuple of different types is a list of any value, with a warning."""
        item_name = ir.SchemaName((*name.parts, "Item")) if name else None
        items = spec_field(schema, "items")
        if self.is_never(items):
            items = None  # `items: false`: nothing past the tuple's positions
        types: list[ir.TypeRef] = []
        for index, position in enumerate(spec_field(schema, "prefixItems") or ()):
            position_name = ir.SchemaName((*item_name.parts, str(index + 1))) if item_name else None
            types.append(
                self.type_of(position, join_pointer(pointer, "prefixItems", index), position_name)
            )
        if items is not None:
            types.append(self.type_of(items, join_pointer(pointer, "items"), item_name))
        distinct = list(dict.fromkeys(types))
        if len(distinct) == 1:
            return distinct[0]
        if len(distinct) > 1:
            self.warn(
                join_pointer(pointer, "prefixItems"),
                "unsupported-keyword",
                "a tuple whose positions differ in type is typed as a list of any value",
            )
        return ir.Primitive("any")

    @staticmethod
    def is_never(schema: Any) -> bool:
        """``false`` as a schema (the loader writes it ``{not: {}}``): no value is valid."""
        if isinstance(schema, bool) or schema is None:
            return schema is False
        never = spec_field(schema, "not")
        if never is None:
            return False
        if isinstance(never, dict):
            return not never
        return not never.model_fields_set and not never.model_extra

    def inline_reference(
        self, ref: str, schema: Any, pointer: str, name: ir.SchemaName | None
    ) -> ir.TypeRef:
        """A reference to a schema that is not a component: a copy of it, named after the
        place that refers to it; or, when it holds itself (found by converting it once), a
        named type of its own that every reference to it shares."""
        target_schema, target_pointer = self.follow(schema, pointer)
        if ref not in self.self_holding:
            before, named_before = len(self.schemas), len(self.recursive_targets)
            self.inlining.append(ref)
            try:
                return self.type_of(
                    target_schema,
                    target_pointer,
                    name or ir.SchemaName(tuple(split_pointer(ref)[-1:])),
                )
            except _InlineRecursion as recursion:
                if recursion.ref != ref:
                    raise
            finally:
                self.inlining.pop()
            # Converting it reached itself: what that attempt named is dropped (self-holding
            # schemas inside it included: they are named again on the way), and the target is
            # converted again under a name no other schema has, which its inner references
            # take.
            self.self_holding.add(ref)
            for stale in list(self.schemas)[before:]:
                del self.schemas[stale]
            for stale_ref in list(self.recursive_targets)[named_before:]:
                del self.recursive_owners[self.recursive_targets.pop(stale_ref)]
        base = ir.SchemaName(tuple(split_pointer(ref)[-1:]) or ("Schema",))
        own, counter = base, 2
        while own in self.schemas or own in self.recursive_owners:
            own = ir.SchemaName((*base.parts, str(counter)))
            counter += 1
        self.recursive_targets[ref] = own
        self.recursive_owners[own] = target_pointer
        result = self.type_of(target_schema, target_pointer, own, force_named=True)
        bare = result.inner if isinstance(result, ir.Nullable) else result
        if bare != ir.Named(own):
            # An array of itself, say: an alias of that name, as a component alias is.
            description = spec_text(spec_field(target_schema, "description"))
            self.schemas[own] = ir.UnionSchema(own, (result,), description, target_pointer)
        return ir.Named(own) if bare == result else ir.Nullable(ir.Named(own))

    def dynamic_reference(self, target: str, pointer: str) -> ir.TypeRef:
        """``$recursiveRef: "#"``/``$dynamicRef``: specs use them for "this schema again" (a
        filter made of filters); inside a component whose root they name (``#`` or its own
        ``$dynamicAnchor``) they are taken as a reference to it, with a warning; elsewhere
        they are any value."""
        tokens = split_pointer(pointer)
        if len(tokens) >= 3 and tokens[:2] == ["components", "schemas"]:
            root = self.doc.components.schemas[tokens[2]]
            anchors = {"#"} | {
                "#" + str(spec_field(root, key))
                for key in ("$dynamicAnchor", "$recursiveAnchor")
                if isinstance(spec_field(root, key), str)
            }
            if target in anchors:
                self.warn(
                    pointer,
                    "dynamic-reference",
                    f"dynamic reference {target!r} taken as a reference to {tokens[2]!r}",
                )
                return ir.Named(self.component_schema(tokens[2]))
        self.warn(
            pointer,
            "dynamic-reference",
            f"dynamic reference {target!r} names no enclosing component schema; "
            "typed as any value, unchecked",
        )
        return ir.Primitive("any")

    def contradiction_in(
        self, schema: Any, pointer: str, types: list[str], all_of: Any
    ) -> tuple[str, str] | None:
        """Where and why no value can satisfy the schema, if so: ``allOf`` parts of different
        types, or a scalar or array type beside ``properties``."""
        if spec_field(schema, "properties") and types and "object" not in types:
            return pointer, f"contradictory types: type {types[0]!r} with properties"
        part_types: set[str] = set(types)
        for index, part in enumerate(all_of or ()):
            resolved, _ = self.follow(part, join_pointer(pointer, "allOf", index))
            raw = spec_field(resolved, "type")
            names = {
                str(getattr(t, "value", t))
                for t in (raw if isinstance(raw, list) else [raw] if raw else [])
            }
            names.discard("null")
            if names and part_types and not names & part_types:
                found = ", ".join(sorted(part_types | names))
                return (
                    join_pointer(pointer, "allOf", index),
                    f"contradictory types in allOf: {found}",
                )
            part_types = (part_types & names) if part_types and names else (part_types or names)
        return None

    def contradiction(self, pointer: str, message: str) -> ir.TypeRef:
        """A schema no value satisfies, as written: the SDK cannot check it, so it takes and
        gives any value and says so, rather than refusing the whole spec."""
        self.warn(pointer, "contradictory-schema", f"{message}; typed as any value, unchecked")
        return ir.Primitive("any")

    @staticmethod
    def name_from(pointer: str) -> ir.SchemaName:
        """A name for a schema with no better one: the last words of where it is."""
        structural = {
            "schema",
            "content",
            "properties",
            "items",
            "allOf",
            "oneOf",
            "anyOf",
            "application/json",
            "paths",
            "components",
            "schemas",
            "responses",
            "requestBody",
            "parameters",
            "additionalProperties",
        }
        tokens = [t for t in split_pointer(pointer) if t not in structural and not t.isdigit()]
        return ir.SchemaName(tuple(tokens[-3:]) or ("Schema",))

    @staticmethod
    def json_kind(value: Any) -> str:
        if isinstance(value, bool):
            return "boolean"
        if isinstance(value, int):
            return "integer"
        if isinstance(value, float):
            return "number"
        if isinstance(value, str):
            return "string"
        return "any"

    def sole_part(self, all_of: Any) -> tuple[int, Any, list[Any]] | None:
        """The one part of an ``allOf`` that is a schema, with its index, and the parts that
        only annotate it; None unless there are such parts and exactly one schema."""
        if not isinstance(all_of, list) or len(all_of) < 2:
            return None
        schemas = [(i, part) for i, part in enumerate(all_of) if not self.annotates(part)]
        if len(schemas) != 1:
            return None
        index, part = schemas[0]
        return index, part, [p for i, p in enumerate(all_of) if i != index]

    @staticmethod
    def only_null(schema: Any) -> bool:
        """Whether null is the one value the schema allows: ``type: null``, ``enum: [null]``
        (how drf-spectacular's ``NullEnum`` makes an enum nullable), ``const: null``."""
        kind = spec_field(schema, "type")
        if str(getattr(kind, "value", kind)) == "null" or kind == ["null"]:
            return True
        if spec_is_set(schema, "const"):
            return spec_field(schema, "const") is None
        enum = spec_field(schema, "enum")
        return isinstance(enum, list) and bool(enum) and all(value is None for value in enum)

    @staticmethod
    def annotates(part: Any) -> bool:
        """Whether an ``allOf`` part only annotates: no ``$ref``, nothing but descriptive
        keywords (and ``nullable``, 3.0's null), no constraint."""
        if part is None or isinstance(part, bool) or spec_field(part, "$ref") is not None:
            return False
        keys = spec_keys(part)
        return bool(keys) and all(k in ANNOTATIONS or k.startswith("x-") for k in keys)

    def noted(self, schema: Any, keyword: str) -> Any:
        """``keyword`` as the annotating parts of the schema's ``allOf`` give it, if they do."""
        sole = self.sole_part(spec_field(schema, "allOf"))
        for note in sole[2] if sole is not None else ():
            value = spec_field(note, keyword)
            if value is not None:
                return spec_text(value) if keyword == "description" else value
        return None

    def all_of_sources(self, part: Any, pointer: str, seen: set[str]) -> list[tuple[Any, str]]:
        """The schemas an ``allOf`` part contributes properties from: the part itself, after
        its own ``allOf`` parts, to any depth (``$ref`` chains followed; a part already being
        merged is not merged again, so a cycle ends)."""
        resolved, resolved_pointer = self.follow(part, pointer)
        if resolved_pointer in seen:
            return []
        seen = seen | {resolved_pointer}
        found: list[tuple[Any, str]] = []
        for index, inner in enumerate(spec_field(resolved, "allOf") or ()):
            found += self.all_of_sources(
                inner, join_pointer(resolved_pointer, "allOf", index), seen
            )
        found.append((resolved, resolved_pointer))
        return found

    def merged_properties(
        self, source: Any, source_pointer: str, name: ir.SchemaName | None, required: set[str]
    ) -> dict[str, ir.Property]:
        """The properties one source of an object schema (itself, or an ``allOf`` part)
        defines."""
        found: dict[str, ir.Property] = {}
        for prop_name, prop_schema in (spec_field(source, "properties") or {}).items():
            prop_pointer = join_pointer(source_pointer, "properties", prop_name)
            prop_hint = ir.SchemaName((*(name.parts if name else ("Object",)), prop_name))
            prop_type = self.type_of(prop_schema, prop_pointer, prop_hint)
            resolved, _ = self.follow(prop_schema, prop_pointer)
            candidates = []
            examples = spec_field(prop_schema, "examples") or spec_field(resolved, "examples")
            if isinstance(examples, list):
                candidates += [
                    (given, join_pointer(prop_pointer, "examples", index))
                    for index, given in enumerate(examples)
                ]
            if spec_is_set(prop_schema, "example"):
                candidates.append(
                    (spec_field(prop_schema, "example"), join_pointer(prop_pointer, "example"))
                )
            example, has_example = candidates[0][0] if candidates else None, bool(candidates)
            found[prop_name] = ir.Property(
                name=prop_name,
                type=prop_type,
                required=prop_name in required,
                description=spec_text(spec_field(prop_schema, "description"))
                or spec_text(spec_field(resolved, "description"))
                or self.noted(prop_schema, "description"),
                default=spec_field(prop_schema, "default"),
                has_default=(
                    spec_is_set(prop_schema, "default")
                    if spec_field(prop_schema, "$ref") is None
                    else False
                ),
                example=example,
                has_example=has_example,
                deprecated=bool(
                    spec_field(prop_schema, "deprecated") or self.noted(prop_schema, "deprecated")
                ),
                read_only=bool(
                    spec_field(prop_schema, "readOnly") or self.noted(prop_schema, "readOnly")
                ),
                write_only=bool(
                    spec_field(prop_schema, "writeOnly") or self.noted(prop_schema, "writeOnly")
                ),
            )
            if candidates:
                self.property_examples[id(found[prop_name])] = candidates
        return found

    def fitting_example(
        self, candidates: list[tuple[Any, str]], type_: ir.TypeRef
    ) -> tuple[Any, bool]:
        """The first of an input's examples (each with its place) that is a value of its
        type, and whether there is one; when none is, a warning at the first."""
        for value, _ in candidates:
            if misfit(value, type_, self.schemas) is None:
                return value, True
        if candidates:
            value, place = candidates[0]
            others = f" (nor do the {len(candidates) - 1} others)" if candidates[1:] else ""
            self.warn(
                place,
                "example-mismatch",
                f"the example does not match its schema{others}, "
                f"{misfit(value, type_, self.schemas)}; the docs show placeholders instead",
            )
        return None, False

    def check_examples(self) -> None:
        """Each property keeps the first of its examples that fits its type, or none (a
        warning): the docs' calls pass them to the SDK, which checks them."""
        warned: set[str] = set()
        for name, schema in list(self.schemas.items()):
            if not isinstance(schema, ir.ObjectSchema):
                continue
            properties, changed = [], False
            for prop in schema.properties:
                candidates = self.property_examples.get(id(prop), [])
                if prop.has_example and candidates:
                    if candidates[0][1] in warned:
                        candidates = []  # (one warning for a property many schemas share)
                    example, has_example = self.fitting_example(candidates, prop.type)
                    if not has_example and candidates:
                        warned.add(candidates[0][1])
                    if (example, has_example) != (prop.example, prop.has_example):
                        prop = tracking.replace(prop, example=example, has_example=has_example)
                        changed = True
                properties.append(prop)
            if changed:
                self.schemas[name] = tracking.replace(schema, properties=tuple(properties))

    def object_type(
        self,
        schema: Any,
        pointer: str,
        name: ir.SchemaName | None,
        description: str | None,
        nullable: bool,
        all_of: list[Any],
    ) -> ir.TypeRef:
        sources: list[tuple[Any, str]] = []
        for index, part in enumerate(all_of):
            for resolved, resolved_pointer in self.all_of_sources(
                part, join_pointer(pointer, "allOf", index), {pointer}
            ):
                sources.append((resolved, resolved_pointer))
                description = description or spec_text(spec_field(resolved, "description"))
        sources.append((schema, pointer))
        properties: dict[str, ir.Property] = {}
        required: set[str] = set()
        additional: ir.TypeRef | None = None
        for source, source_pointer in sources:
            required.update(spec_field(source, "required") or [])
        components = [p for _, p in sources if _component_of(p) is not None]
        again = next((p for p in components if p in self.merging), None)
        if again is not None:
            component = str(_component_of(again))
            self.warn(
                pointer,
                "recursive-allof",
                f"this allOf merges {component}, whose properties hold it: a type cannot "
                f"hold a copy of itself; typed as {component} here, without what its other "
                "parts add",
            )
            named: ir.TypeRef = ir.Named(self.component_schema(component))
            return ir.Nullable(named) if nullable else named
        for source, source_pointer in sources:
            merged = _component_of(source_pointer) is not None
            if merged:
                self.merging.append(source_pointer)
            try:
                found = self.merged_properties(source, source_pointer, name, required)
            finally:
                if merged:
                    self.merging.pop()
            properties.update(found)
            extra = spec_field(source, "additionalProperties")
            if extra is None:  # 2020-12's closer cousin, where a spec uses it instead
                extra = spec_field(source, "unevaluatedProperties")
            if self.is_never(extra):
                extra = False
            if extra not in (None, False, True):
                additional = self.type_of(
                    extra,
                    join_pointer(source_pointer, "additionalProperties"),
                    ir.SchemaName((*(name.parts if name else ("Object",)), "Value")),
                )
            elif extra is True and not properties:
                additional = ir.Primitive("any")
        if not properties and not all_of:
            result: ir.TypeRef = ir.MapType(additional or ir.Primitive("any"))
            return ir.Nullable(result) if nullable else result
        if name is None:
            name = self.name_from(pointer)
        for prop in sorted(required - properties.keys()):
            self.warn(
                join_pointer(pointer, "required"),
                "required-undefined",
                f"required property {prop!r} is not defined; ignored",
            )
        result = self.register(
            ir.ObjectSchema(name, tuple(properties.values()), description, additional, pointer)
        )
        return ir.Nullable(result) if nullable else result


def _component_of(pointer: str) -> str | None:
    """The name of the component schema at ``pointer``, if it is one's root."""
    tokens = split_pointer(pointer)
    if len(tokens) == 3 and tokens[:2] == ["components", "schemas"]:
        return tokens[2]
    return None


class _InlineRecursion(Exception):
    """Converting a referenced schema that is not a component reached the same reference
    again; the conversion that entered it first names it (``inline_reference``)."""

    def __init__(self, ref: str) -> None:
        super().__init__(ref)
        self.ref = ref
