using System.Globalization;
using CooperJus.Adapters.CL.Rendering;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Rendering;

namespace CooperJus.Adapters.CL.Responses;

/// <summary>One canonical result → one <c>Resultado</c>, its elements in the order of the format.</summary>
internal sealed class ResultadoWriter(XmlRenderOutput output, ChileCodeLists lists, RenderScope notes)
{
    public void Write(ResponseResult result, string path, Func<ResponseStatus, string> status)
    {
        output.Start("Resultado");
        if (result.MeasureIndex is { } index) output.Code("diligencia", (index + 1).ToString(CultureInfo.InvariantCulture));
        output.Code("estado", status(result.Status));
        output.Element("Resumen", result.Summary, path + "/summary");
        for (var i = 0; i < result.RefusalGrounds.Count; i++)
        {
            var ground = result.RefusalGrounds[i];
            output.Start("MotivoDenegacion");
            output.Code("codigo", RespuestaWriter.Code(lists.RefusalGrounds, "ground", CanonicalCodes.ToCode(ground.Code), $"{path}/refusalGrounds/{i}/code", notes));
            output.Text(ground.Explanation, $"{path}/refusalGrounds/{i}/explanation");
            output.End();
        }
        output.Element("PostergadaHasta", SolicitudWriter.Date(result.PostponedUntil), path + "/postponedUntil");
        for (var i = 0; i < result.Conditions.Count; i++) output.Element("Condicion", result.Conditions[i], $"{path}/conditions/{i}");
        for (var i = 0; i < result.InformationNeeded.Count; i++)
        {
            var needed = result.InformationNeeded[i];
            output.Start("AntecedenteRequerido");
            if (SolicitudWriter.Date(needed.By) is { } by) output.Code("plazo", by);
            output.Text(needed.Description, $"{path}/informationNeeded/{i}/description");
            output.End();
        }
        ForwardedTo(result.ForwardedTo, path + "/forwardedTo");
        if (result.SubstituteMeasure is { } substitute)
        {
            output.Start("DiligenciaSustitutiva");
            output.Code("tipo", RespuestaWriter.Code(lists.Measures, "type", CanonicalCodes.ToCode(substitute), path + "/substituteMeasure", notes));
            output.End();
        }
        Costs(result.Costs, path + "/costs");
        output.End();
    }

    private void ForwardedTo(Authority? authority, string path)
    {
        if (authority is null) return;
        output.Start("DerivadaA");
        output.Attribute("pais", authority.Country, path + "/country");
        output.Attribute("unidad", authority.Unit, path + "/unit");
        output.Text(authority.Name, path + "/name");
        output.End();
    }

    private void Costs(ExecutionCosts? costs, string path)
    {
        if (costs is null) return;
        output.Start("Costos");
        output.Code("monto", PesoAmounts.Format(costs.Amount));
        if (costs.Extraordinary) output.Code("extraordinarios", "true");
        output.Text(costs.Description, path + "/description");
        output.End();
    }
}
