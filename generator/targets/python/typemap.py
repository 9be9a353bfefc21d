"""Python type rules: IR types to annotations in code, TypedDict twins and docs.

The docs strings follow the reference page exactly: ``*str*``, ``*OptionalNullable[str]*``,
``[OptionalNullable[models.X]](../../models/x.md)``, ``List[[models.ImageInput](...)]``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ... import ir
from . import literals

_PRIMITIVES = {
    "string": "str",
    "integer": "int",
    "number": "float",
    "boolean": "bool",
    "any": "Any",
}
_FORMATS = {"byte": "bytes", "binary": "bytes", "date-time": "datetime", "date": "date"}
TYPING_NAMES = (
    "TYPE_CHECKING",
    "Any",
    "ClassVar",
    "Dict",
    "FrozenSet",
    "List",
    "Literal",
    "Mapping",
    "Optional",
    "Sequence",
    "Tuple",
    "Type",
    "Union",
    "cast",
    "overload",
)
SDK_TYPE_NAMES = ("Base64Bytes", "BaseModel", "File", "Nullable", "OptionalNullable", "UNSET")


@dataclass(frozen=True)
class SchemaNames:
    """The Python names of one IR schema."""

    class_name: str
    typed_dict: str | None  # objects and unions have a TypedDict twin; enums do not
    module: str


@dataclass
class TypeMapper:
    """Maps IR types to Python annotations, remembering which names a module must import."""

    names: dict[ir.SchemaName, SchemaNames]
    schemas: dict[ir.SchemaName, ir.NamedSchema]
    used: set[str] = field(default_factory=set)
    models_used: set[ir.SchemaName] = field(default_factory=set)
    # How a module names the SDK's models and utils modules: ``_models`` where a client
    # attribute of the same name (a tag ``Models``) would shadow the module in annotations.
    models_ref: str = "models"
    utils_ref: str = "utils"
    # Models' names as strings (forward references), for an alias evaluated before the
    # modules of the models it names have loaded.
    quoted: bool = False

    def fresh(self, shadowed: frozenset[str] = frozenset()) -> TypeMapper:
        return TypeMapper(
            self.names,
            self.schemas,
            models_ref="_models" if "models" in shadowed else "models",
            utils_ref="_utils" if "utils" in shadowed else "utils",
        )

    def quoting(self) -> TypeMapper:
        """This mapper writing models' names as forward references; what it uses is recorded
        in this mapper's sets."""
        return TypeMapper(
            self.names,
            self.schemas,
            self.used,
            self.models_used,
            self.models_ref,
            self.utils_ref,
            quoted=True,
        )

    @property
    def models(self) -> str:
        """The qualifier of a model's name: ``models.``."""
        return self.models_ref + "."

    @property
    def utils(self) -> str:
        return self.utils_ref + "."

    # -- code --------------------------------------------------------------------------------

    def annotation(
        self, t: ir.TypeRef, qualifier: str = "", typed_dict: bool = False, wire: bool = False
    ) -> str:
        """``wire`` marks model fields, where base64 strings decode to bytes on validation."""
        if isinstance(t, ir.Primitive):
            if wire and t.kind == "string" and t.format == "byte":
                self.used.add("Base64Bytes")
                return "Base64Bytes"
            if t.kind == "string" and t.format == "binary":
                self.used.add("File")  # bytes, a file object, or (name, content[, type])
                return "File"
            name = _FORMATS.get(t.format or "", None) if t.kind == "string" else None
            name = name or _PRIMITIVES[t.kind]
            self.used.add(name)
            return name
        if typed_dict and isinstance(t, (ir.ArrayType, ir.MapType)):
            # A TypedDict is an input: its lists take models and dicts alike, as arguments do.
            return self.input_annotation(t, qualifier)
        if isinstance(t, ir.ArrayType):
            self.used.add("List")
            return f"List[{self.annotation(t.items, qualifier, typed_dict, wire)}]"
        if isinstance(t, ir.MapType):
            self.used.add("Dict")
            return f"Dict[str, {self.annotation(t.values, qualifier, typed_dict, wire)}]"
        if isinstance(t, ir.Nullable):
            self.used.add("Nullable")
            return f"Nullable[{self.annotation(t.inner, qualifier, typed_dict, wire)}]"
        names = self.names[t.name]
        self.models_used.add(t.name)
        if typed_dict and names.typed_dict:
            return self._model(qualifier + names.typed_dict)
        literal = self.enum_literal(t) if typed_dict else None
        if literal is not None:
            self.used.update(("Union", "Literal"))
            return f"Union[{self._model(qualifier + names.class_name)}, {literal}]"
        return self._model(qualifier + names.class_name)

    def _model(self, name: str) -> str:
        return f'"{name}"' if self.quoted else name

    def enum_literal(self, t: ir.Named) -> str | None:
        """``Literal["raw", "jpeg"]`` for an enum whose values a ``Literal`` can hold (strings,
        integers, booleans), so that callers may write the value the API documents."""
        schema = self.schemas[t.name]
        if not isinstance(schema, ir.EnumSchema) or not schema.values:
            return None
        if not all(isinstance(v, (str, int)) for v in schema.values):
            return None
        return f"Literal[{', '.join(literals.value(v) for v in schema.values)}]"

    def accepts_typed_dict(self, t: ir.TypeRef) -> bool:
        if isinstance(t, ir.Named):
            return self.names[t.name].typed_dict is not None
        if isinstance(t, (ir.ArrayType,)):
            return self.accepts_typed_dict(t.items)
        if isinstance(t, ir.MapType):
            return self.accepts_typed_dict(t.values)
        if isinstance(t, ir.Nullable):
            return self.accepts_typed_dict(t.inner)
        return False

    def input_annotation(self, t: ir.TypeRef, qualifier: str, validated: bool = True) -> str:
        """What a method parameter accepts: a model or a plain dict shaped like it, an enum
        member or its value, and for a ``validated`` input (a body field, which the model
        turns into lists and dicts) any sequence or mapping of those: a list literal of dicts
        type-checks, which ``Union[List[Model], List[ModelTypedDict]]`` does not under mypy.
        Lists of plain values stay lists (``Sequence[str]`` would accept a string)."""
        if isinstance(t, ir.Nullable):
            self.used.add("Nullable")
            return f"Nullable[{self.input_annotation(t.inner, qualifier, validated)}]"
        if isinstance(t, ir.ArrayType):
            items = self.input_annotation(t.items, qualifier, validated)
            container = "Sequence" if validated and _structured(t.items) else "List"
            self.used.add(container)
            return f"{container}[{items}]"
        if isinstance(t, ir.MapType):
            values = self.input_annotation(t.values, qualifier, validated)
            container = "Mapping" if validated and _structured(t.values) else "Dict"
            self.used.add(container)
            return f"{container}[str, {values}]"
        if isinstance(t, ir.Named) and self.names[t.name].typed_dict:
            self.used.add("Union")
            model = self.annotation(t, qualifier)
            return f"Union[{model}, {self.annotation(t, qualifier, typed_dict=True)}]"
        return self.annotation(t, qualifier, typed_dict=True)

    def wrap(
        self, inner: str, required: bool, nullable: bool, argument: bool = False
    ) -> tuple[str, str | None]:
        """Wrap an annotation for a model field or a method's ``argument``; returns it and its
        default.

        A required field that may be ``null`` defaults to ``None`` on a model: servers often
        leave such fields out of their answers (GitHub's own examples do). As an argument it
        has no default: the API requires it, so a caller says ``None`` to send ``null``, and a
        spec that makes a nullable field required breaks old calls loudly, not by sending
        ``null`` for them.
        """
        if required and not nullable:
            return inner, None
        if required:
            self.used.add("Nullable")
            return f"Nullable[{inner}]", None if argument else "None"
        if nullable:
            self.used.update(("OptionalNullable", "UNSET"))
            return f"OptionalNullable[{inner}]", "UNSET"
        self.used.add("Optional")
        return f"Optional[{inner}]", "None"

    # -- docs --------------------------------------------------------------------------------

    def doc(self, t: ir.TypeRef, wrapper: str | None, link_prefix: str) -> str:
        """The reference page's type cell: wrappers around leaf types, links to model pages."""
        if isinstance(t, ir.Nullable):
            return self.doc(t.inner, "Nullable" if wrapper is None else wrapper, link_prefix)
        if isinstance(t, ir.ArrayType):
            return f"List[{self.doc(t.items, None, link_prefix)}]"
        if isinstance(t, ir.MapType):
            return f"Dict[str, {self.doc(t.values, None, link_prefix)}]"
        if isinstance(t, ir.Named):
            names = self.names[t.name]
            text = f"models.{names.class_name}"
            text = f"{wrapper}[{text}]" if wrapper else text
            return f"[{text}]({link_prefix}{names.module}.md)"
        name = (_FORMATS.get(t.format or "") if t.kind == "string" else None) or _PRIMITIVES[t.kind]
        if t.kind == "string" and t.format == "binary":
            name = "File"
        return f"*{wrapper}[{name}]*" if wrapper else f"*{name}*"

    def plain(self, t: ir.TypeRef) -> str:
        """The type as a reader writes it, without links: ``List[models.ImageInput]``."""
        return self.annotation(t, "models.").replace("Base64Bytes", "bytes")


def _structured(t: ir.TypeRef) -> bool:
    """Whether a container's items are models, enums or containers, not plain values."""
    return not isinstance(t, ir.Primitive)


def wrapper_name(required: bool, nullable: bool) -> str | None:
    if required:
        return "Nullable" if nullable else None
    return "OptionalNullable" if nullable else "Optional"


def strip_nullable(t: ir.TypeRef) -> tuple[ir.TypeRef, bool]:
    if isinstance(t, ir.Nullable):
        return t.inner, True
    return t, False
