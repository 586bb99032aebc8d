using System.Globalization;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Conversions;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Rendering;

namespace CooperJus.Adapters.ES.Responses;

/// <summary>One canonical result → one <c>Resultado</c>, its elements in the order of the format.</summary>
internal sealed class ResultadoWriter
{
    private readonly XmlRenderOutput _out;
    private readonly SpainCodeLists _lists;
    private readonly RenderScope _notes;
    private readonly IReadOnlySet<string> _files;

    /// <param name="output">Where to write.</param>
    /// <param name="lists">The adapter's code lists, used backwards.</param>
    /// <param name="notes">The response's warnings.</param>
    /// <param name="files">The file names of the response's attachments, the only ones a result may name.</param>
    public ResultadoWriter(XmlRenderOutput output, SpainCodeLists lists, RenderScope notes, IReadOnlySet<string> files)
    {
        _out = output;
        _lists = lists;
        _notes = notes;
        _files = files;
    }

    public void Write(ResponseResult result, string path, Func<ResponseStatus, string> status)
    {
        _out.Start("Resultado");
        if (result.MeasureIndex is { } index) _out.Code("diligencia", (index + 1).ToString(CultureInfo.InvariantCulture));
        _out.Code("estado", status(result.Status));
        _out.Element("Resumen", result.Summary, path + "/summary");
        for (var i = 0; i < result.RefusalGrounds.Count; i++)
        {
            var ground = result.RefusalGrounds[i];
            _out.Start("Motivo");
            _out.Code("codigo", Code(_lists.RefusalGrounds, "ground", CanonicalCodes.ToCode(ground.Code), $"{path}/refusalGrounds/{i}/code"));
            _out.Text(ground.Explanation, $"{path}/refusalGrounds/{i}/explanation");
            _out.End();
        }
        _out.Element("AplazadaHasta", result.PostponedUntil is { } until ? Dates.FormatDayFirst(until) : null, path + "/postponedUntil");
        for (var i = 0; i < result.Conditions.Count; i++) _out.Element("Condicion", result.Conditions[i], $"{path}/conditions/{i}");
        for (var i = 0; i < result.InformationNeeded.Count; i++)
        {
            var needed = result.InformationNeeded[i];
            _out.Start("InformacionRequerida");
            if (needed.By is { } by) _out.Code("plazo", Dates.FormatDayFirst(by));
            _out.Text(needed.Description, $"{path}/informationNeeded/{i}/description");
            _out.End();
        }
        ForwardedTo(result.ForwardedTo, path + "/forwardedTo");
        if (result.SubstituteMeasure is { } substitute)
        {
            _out.Start("DiligenciaSustitutiva");
            _out.Code("tipo", Code(_lists.Measures, "type", CanonicalCodes.ToCode(substitute), path + "/substituteMeasure"));
            _out.End();
        }
        Costs(result.Costs, path + "/costs");
        AttachmentNames(result.AttachmentFileNames, path + "/attachmentFileNames");
        _out.End();
    }

    private void ForwardedTo(Authority? authority, string path)
    {
        if (authority is null) return;
        _out.Start("RemitidaA");
        _out.Attribute("pais", authority.Country, path + "/country");
        _out.Attribute("unidad", authority.Unit, path + "/unit");
        _out.Text(authority.Name, path + "/name");
        _out.End();
        _notes.NotCarriedIfPresent(path + "/officer", "RemitidaA names the authority only.");
        _notes.NotCarriedIfPresent(path + "/contact", "RemitidaA names the authority only.");
    }

    private void Costs(ExecutionCosts? costs, string path)
    {
        if (costs is null) return;
        _out.Start("Costes");
        _out.Code("importe", Amounts.Format(costs.Amount));
        if (costs.Extraordinary) _out.Code("extraordinarios", "true");
        _out.Text(costs.Description, path + "/description");
        _out.End();
    }

    private void AttachmentNames(IReadOnlyList<string> names, string path)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (!_files.Contains(names[i]))
            {
                // The reader refuses a result naming an attachment the response does not describe.
                _notes.NotCarried($"{path}/{i}", $"'{names[i]}' is not the file name of one of the response's attachments.");
                continue;
            }
            _out.Start("AnexoResultado");
            _out.Attribute("nombre", names[i], $"{path}/{i}");
            _out.End();
        }
    }

    private string Code(Gateway.Sdk.CodeLists.CodeList list, string column, string canonical, string path)
    {
        if (list.FindBy(column, canonical) is { } entry) return entry.Key;
        _notes.Altered(path, $"code list '{list.Name}' has no Fortuny code for '{canonical}': it is written as is and will not read back.");
        return canonical;
    }
}
