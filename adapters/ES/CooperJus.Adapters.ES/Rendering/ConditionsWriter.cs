using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Rendering;

namespace CooperJus.Adapters.ES.Rendering;

/// <summary>Data protection and execution conditions → <c>ProteccionDatos</c>, <c>AsistenciaAutoridades</c>, <c>Formalidades</c>.</summary>
internal sealed class ConditionsWriter
{
    private const string ConditionsPath = "/executionConditions";

    private readonly XmlRenderOutput _out;
    private readonly RenderScope _scope;

    public ConditionsWriter(XmlRenderOutput output, RenderScope scope)
    {
        _out = output;
        _scope = scope;
    }

    public void DataProtection(DataProtection? protection)
    {
        if (protection is null) return;
        _out.Start("ProteccionDatos");
        _out.Element("BaseTransferencia", protection.TransferBasis, "/dataProtection/transferBasis");
        for (var i = 0; i < protection.OnwardTransferConditions.Count; i++)
            _out.Element("CondicionTransferencia", protection.OnwardTransferConditions[i], $"/dataProtection/onwardTransferConditions/{i}");
        _out.End();
    }

    /// <summary>
    /// <c>AsistenciaAutoridades</c> is written only when officials ask to attend (its presence says so); officials
    /// named without that request cannot be written.
    /// </summary>
    public void ExecutionConditions(ExecutionConditions? conditions)
    {
        if (conditions is null) return;
        if (conditions.PresenceOfRequestingOfficials)
        {
            _out.Start("AsistenciaAutoridades");
            for (var i = 0; i < conditions.Officials.Count; i++)
            {
                var path = $"{ConditionsPath}/officials/{i}";
                _out.Start("Funcionario");
                _out.Attribute("cargo", conditions.Officials[i].Role, path + "/role");
                _out.Text(conditions.Officials[i].Name, path + "/name");
                _out.End();
            }
            _out.End();
        }
        else _scope.NotCarriedIfPresent(ConditionsPath + "/officials", "Fortuny names officials only when they ask to attend (AsistenciaAutoridades).");
        _out.Element("Formalidades", conditions.Formalities, ConditionsPath + "/formalities");
        if (conditions is { PresenceOfRequestingOfficials: false, Formalities: null })
            _scope.Altered(ConditionsPath, "it asks for no presence of officials and no formalities: nothing is written, so it reads back as empty.");
    }
}
