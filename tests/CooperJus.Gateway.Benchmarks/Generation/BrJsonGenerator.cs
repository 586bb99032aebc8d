using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CooperJus.Gateway.Benchmarks.Generation;

/// <summary>
/// Streams a Sistema Único export of a given number of pedidos to a file: template pedidos picked at random
/// (seeded), each copy with fresh ids and valid CPFs and CNPJs. Only one pedido is in memory at a time.
/// </summary>
internal static class BrJsonGenerator
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes exactly <paramref name="pedidos"/> pedidos, indented, UTF-8 without BOM.</summary>
    public static GeneratedFile Write(string path, BrTemplateSet templates, long pedidos, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfZero(templates.Pedidos.Count);
        var random = new Random(seed);
        using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in templates.Header)
            {
                writer.WritePropertyName(name);
                WriteNode(writer, value);
            }
            writer.WriteStartArray("pedidos");
            for (long n = 1; n <= pedidos; n++)
            {
                Vary(templates.Pedidos[random.Next(templates.Pedidos.Count)], n, random).WriteTo(writer);
                if (writer.BytesPending > 1 << 16) writer.Flush();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return new GeneratedFile(path, pedidos, pedidos, new FileInfo(path).Length);
    }

    private static void WriteNode(Utf8JsonWriter writer, JsonNode? value)
    {
        if (value is null) writer.WriteNullValue();
        else value.WriteTo(writer);
    }

    private static JsonObject Vary(JsonObject template, long sequence, Random random)
    {
        var pedido = (JsonObject)template.DeepClone();
        if (pedido["idPedido"] is JsonValue id)
            pedido["idPedido"] = id.TryGetValue<string>(out var text) ? WithSequence(text, sequence) : JsonValue.Create(sequence);
        if (pedido["numeroProcedimento"] is JsonValue procedure && procedure.TryGetValue<string>(out var number))
            pedido["numeroProcedimento"] = WithProcedureSequence(number, sequence);
        foreach (var person in Objects(pedido["envolvidos"]))
        {
            if (person["cpf"] is JsonValue cpf && cpf.TryGetValue<string>(out var cpfText) && cpfText.Count(char.IsAsciiDigit) == 11)
                person["cpf"] = IdentityDigits.InShapeOf(cpfText, IdentityDigits.BrazilCpf(random));
            if (person["passaporte"] is JsonObject passport && passport["numero"] is JsonValue p && p.TryGetValue<string>(out var passportNumber))
                passport["numero"] = IdentityDigits.ShuffleDigits(random, passportNumber);
        }
        foreach (var company in Objects(pedido["empresas"]))
        {
            if (company["cnpj"] is JsonValue cnpj && cnpj.TryGetValue<string>(out var cnpjText) && cnpjText.Count(char.IsAsciiDigit) == 14)
                company["cnpj"] = IdentityDigits.InShapeOf(cnpjText, IdentityDigits.BrazilCnpj(random));
        }
        return pedido;
    }

    private static IEnumerable<JsonObject> Objects(JsonNode? array) => array is JsonArray items ? items.OfType<JsonObject>() : [];

    private static string WithSequence(string text, long sequence)
    {
        var digits = text.Length - text.AsSpan().TrimEnd("0123456789").Length;
        return text[..(text.Length - digits)] + sequence.ToString(CultureInfo.InvariantCulture).PadLeft(Math.Max(digits, 6), '0');
    }

    /// <summary><c>1.30.001.000123/2024-11</c>: the six-digit sequence before the slash is replaced; other shapes are kept.</summary>
    private static string WithProcedureSequence(string number, long sequence)
    {
        var slash = number.IndexOf('/', StringComparison.Ordinal);
        var dot = slash < 0 ? -1 : number.LastIndexOf('.', slash);
        if (dot < 0) return number;
        var width = slash - dot - 1;
        var value = (sequence % (long)Math.Pow(10, width)).ToString(CultureInfo.InvariantCulture).PadLeft(width, '0');
        return number[..(dot + 1)] + value + number[slash..];
    }
}
