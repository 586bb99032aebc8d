using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Rendering;

namespace CooperJus.Adapters.CL.Rendering;

/// <summary>Measures → <c>Diligencia</c>: the type through <c>measures.csv</c> read backwards, the subjects by their SAF ids.</summary>
internal sealed class MeasureWriter(XmlRenderOutput output, ChileCodeLists lists, RenderScope scope, RenderIds ids)
{
    public void Write(IReadOnlyList<Measure> measures)
    {
        for (var i = 0; i < measures.Count; i++) Write(measures[i], $"/measures/{i}");
    }

    private void Write(Measure measure, string path)
    {
        var type = CanonicalCodes.ToCode(measure.Type);
        // The national code as given when it means the same type; otherwise the first code listed for the type.
        var code = measure.NationalCode is { } given && lists.Measures.Find(given)?["type"] == type ? given : lists.Measures.FindBy("type", type)!.Key;
        if (code != measure.NationalCode) scope.Altered(path + "/nationalCode", $"it is written as {code}, the SAF code of {type}.");
        output.Start("Diligencia");
        output.Attribute("tipo", code, path + "/nationalCode");
        var subjects = new List<string>();
        for (var i = 0; i < measure.Subjects.Count; i++)
        {
            var subject = measure.Subjects[i];
            if (ids.Of(subject.Ref) is not { } id) scope.NotCarried($"{path}/subjects/{i}", "the party or asset is not written in the export, so @afectados cannot name it.");
            else if (subject.Capacity is { } capacity) subjects.Add(id + ":" + lists.Capacities.FindBy("capacity", CanonicalCodes.ToCode(capacity))!.Key);
            else subjects.Add(id);
        }
        if (subjects.Count > 0) output.Code("afectados", string.Join(' ', subjects));
        if (measure.Hearing?.Modality is { } modality) output.Code("modalidad", lists.HearingModalities.FindBy("modality", CanonicalCodes.ToCode(modality))!.Key);
        if (measure.Hearing?.UnderOath is { } oath) output.Code("juramento", oath ? "true" : "false");
        output.Text(measure.Description, path + "/description");
        output.Element("Finalidad", measure.Purpose, path + "/purpose");
        var questions = measure.Hearing?.Questions ?? [];
        for (var i = 0; i < questions.Count; i++) output.Element("Pregunta", questions[i], $"{path}/hearing/questions/{i}");
        output.Element("Formalidades", measure.Formalities, path + "/formalities");
        if (measure.NationalOrder is { } order)
        {
            output.Start("Autorizacion");
            output.Code("emisor", lists.OrderIssuers.FindBy("issuer", CanonicalCodes.ToCode(order.IssuedBy))!.Key);
            output.Attribute("organo", order.Authority, path + "/nationalOrder/authority");
            if (SolicitudWriter.Date(order.Date) is { } date) output.Code("fecha", date);
            output.Text(order.Reference, path + "/nationalOrder/reference");
            output.End();
        }
        output.End();
    }
}
