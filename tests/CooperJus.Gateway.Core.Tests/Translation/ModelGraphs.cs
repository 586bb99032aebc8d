using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using CooperJus.Gateway.Sdk.Model;
using CsCheck;

namespace CooperJus.Gateway.Core.Tests.Translation;

/// <summary>
/// CsCheck generators of model graphs built by reflection: every public settable property of every model type
/// reachable from <see cref="CooperationRequest"/> gets a value, whatever the model's annotations say (nulls anywhere,
/// lists empty or not, sometimes as arrays and sometimes as <see cref="List{T}"/>, sometimes with null items), so a
/// property added to the model later is generated without anyone touching this file. Unlike
/// <c>Schemas.CanonicalGenerators</c> the graphs need not be valid requests: they are for comparing writers.
/// </summary>
internal static class ModelGraphs
{
    private static readonly ConcurrentDictionary<Type, Gen<object?>> Generators = new();

    // Plain ASCII most of the time, as adapters' values are; sometimes accents, quotes, backslashes, controls, line
    // breaks, U+2028, emoji, lone surrogates and anything else.
    private static readonly Gen<string> Text = Gen.Frequency(
        (4, Gen.String[Gen.Char.AlphaNumeric, 0, 20]),
        (2, Gen.String[Gen.Char['\0', '\u00ff'], 0, 20]),
        (1, Gen.String[Gen.Char, 0, 12]),
        (2, Gen.OneOfConst("", "São Paulo", "Pérez \"el\" <b>&</b>", "a\\b/c", "linha\r\nnova\t", "😀 ok", "\ud800x", "x\udc00",
            "\u2028\u2029\u007f\u0085", "+'`", "\u00a0\ufeff\ufffd", "Ação nº 1º")));

    // Round seconds, milliseconds, whole ticks or tens of microseconds: the writer trims the fraction's zeros.
    private static readonly Gen<DateTimeOffset> Instant = Gen.Select(
        Gen.Long[TimeSpan.TicksPerHour * 14, DateTime.MaxValue.Ticks - (TimeSpan.TicksPerHour * 14)],
        Gen.Int[-14 * 60, 14 * 60],
        Gen.OneOfConst(TimeSpan.TicksPerSecond, TimeSpan.TicksPerMillisecond, 1L, 100L),
        (ticks, minutes, unit) => new DateTimeOffset(ticks - (ticks % unit), TimeSpan.FromMinutes(minutes)));

    /// <summary>Cooperation requests with every property set at random.</summary>
    public static Gen<CooperationRequest> Request { get; } = Of(typeof(CooperationRequest)).Select(r => (CooperationRequest)r!);

    /// <summary>Instants over the whole range of <see cref="DateTimeOffset"/>, with any offset of whole minutes.</summary>
    public static Gen<DateTimeOffset> Instants => Instant;

    /// <summary>A non-null value of <paramref name="type"/>.</summary>
    private static Gen<object?> Of(Type type) => Generators.GetOrAdd(type, Create);

    private static Gen<object?> Create(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } inner) return Maybe(Of(inner), nullOneIn: 4);
        if (type == typeof(string)) return Text.Select(s => (object?)s);
        if (type.IsEnum) return EnumValue(type);
        if (Scalar(type) is { } scalar) return scalar;
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)) return List(type.GetGenericArguments()[0]);
        if (type.Namespace == typeof(CooperationRequest).Namespace && type.IsClass) return Record(type);
        throw new NotSupportedException($"ModelGraphs has no generator for {type}: add one so the writers' tests cover it.");
    }

    private static Gen<object?>? Scalar(Type type) =>
        type == typeof(bool) ? Gen.Bool.Select(v => (object?)v)
        : type == typeof(int) ? Gen.Int.Select(v => (object?)v)
        : type == typeof(long) ? Gen.Long.Select(v => (object?)v)
        : type == typeof(decimal) ? Gen.Decimal.Select(v => (object?)v)
        : type == typeof(double) ? Gen.Double.Select(v => (object?)v)
        : type == typeof(DateOnly) ? Gen.DateOnly.Select(v => (object?)v)
        : type == typeof(DateTimeOffset) ? Instant.Select(v => (object?)v)
        : null;

    // Every declared value, and now and then one that is not declared (the serializer refuses it).
    private static Gen<object?> EnumValue(Type type) => Gen.Frequency(
        (200, Gen.OneOfConst([.. Enum.GetValues(type).Cast<object?>()])),
        (1, Gen.Const<object?>(Enum.ToObject(type, 1000))));

    // A record, or for a type that has derived records (Authority), now and then one of those.
    private static Gen<object?> Record(Type type)
    {
        var derived = type.Assembly.GetTypes().Where(t => t != type && t.IsClass && !t.IsAbstract && type.IsAssignableFrom(t)).ToList();
        var own = Properties(type);
        if (derived.Count == 0) return own;
        return Gen.OneOf<object?>([own, .. derived.Select(Of)]);
    }

    private static Gen<object?> Properties(Type type)
    {
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true }).ToList();
        var values = properties.Aggregate(Gen.Const(Array.Empty<object?>()),
            (all, property) => Gen.Select(all, Property(property.PropertyType), (before, value) => (object?[])[.. before, value]));
        return values.Select(v =>
        {
            var instance = Activator.CreateInstance(type)!;
            for (var i = 0; i < properties.Count; i++) properties[i].SetValue(instance, v[i]);
            return (object?)instance;
        });
    }

    // A reference-typed property is null now and then, whatever its annotation (the serializer omits it either way).
    private static Gen<object?> Property(Type type) => type.IsValueType ? Of(type) : Maybe(Of(type), nullOneIn: 8);

    private static Gen<object?> List(Type item)
    {
        var items = Maybe(Of(item), nullOneIn: item.IsValueType ? int.MaxValue : 20).Array[1, 3];
        return Gen.Frequency(
            (1, Gen.Const<object?>(Array.CreateInstance(item, 0))),
            (3, Gen.Select(items, Gen.Bool, (values, asArray) => asArray ? ArrayOf(item, values) : ListOf(item, values))));
    }

    private static object? ArrayOf(Type item, object?[] values)
    {
        var array = Array.CreateInstance(item, values.Length);
        for (var i = 0; i < values.Length; i++) array.SetValue(values[i], i);
        return array;
    }

    private static object? ListOf(Type item, object?[] values)
    {
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(item))!;
        foreach (var value in values) list.Add(value);
        return list;
    }

    private static Gen<object?> Maybe(Gen<object?> value, int nullOneIn) =>
        nullOneIn == int.MaxValue ? value : Gen.Frequency((1, Gen.Const((object?)null)), (nullOneIn - 1, value));
}
