using System.Text.Json;
using CooperJus.Adapters.EC.Mapping;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Rendering;
using static CooperJus.Adapters.EC.Rendering.JsonWriting;

namespace CooperJus.Adapters.EC.Rendering;

/// <summary>Writes <c>diligencias</c> as <see cref="MeasureMapping"/> reads them back.</summary>
internal sealed class MeasureWriter(NationalCodeLists lists, RenderScope scope)
{
    public void Write(Utf8JsonWriter writer, IReadOnlyList<Measure> measures, IReadOnlySet<string> writtenIds)
    {
        if (measures.Count == 0) return;
        writer.WriteStartArray("diligencias");
        for (var i = 0; i < measures.Count; i++) WriteMeasure(writer, measures[i], Paths.Item("/measures", i), writtenIds);
        writer.WriteEndArray();
    }

    private void WriteMeasure(Utf8JsonWriter writer, Measure measure, string path, IReadOnlySet<string> writtenIds)
    {
        var type = CanonicalCodes.ToCode(measure.Type);
        // The national code as given when it means the same type; otherwise the first code listed for the type.
        var code = measure.NationalCode is { } given && lists.Measures.Find(given)?["type"] == type ? given : lists.Measures.FindBy("type", type)!.Key;
        if (code != measure.NationalCode) scope.Altered(path + "/nationalCode", $"it is written as {code}, the SIAF code of {type}.");
        writer.WriteStartObject();
        writer.WriteString("codigo", code);
        Optional(writer, "descripcion", measure.Description);
        Optional(writer, "finalidad", measure.Purpose);
        Optional(writer, "fechaLimite", measure.RespondBy);
        var subjects = new List<string>();
        for (var i = 0; i < measure.Subjects.Count; i++)
        {
            // A subject the export does not hold would be an unknown id on reading: it is left out, reported.
            if (writtenIds.Contains(measure.Subjects[i].Ref)) subjects.Add(measure.Subjects[i].Ref);
            else scope.NotCarried(Paths.Item(path + "/subjects", i), "it names a party or bien the export does not hold.");
        }
        if (subjects.Count > 0) Strings(writer, "sujetos", subjects);
        if (measure.NationalOrder is { } order)
        {
            writer.WriteStartObject("orden");
            writer.WriteString("emisor", NationalCodeLists.NationalCode(lists.OrderIssuers, "issuer", order.IssuedBy));
            Optional(writer, "autoridad", order.Authority);
            Optional(writer, "numero", order.Reference);
            Optional(writer, "fecha", order.Date);
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
    }
}
