using CooperJus.Adapters.ES.Reading;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.ES.Mapping;

/// <summary>
/// What the request states about itself beyond the measures: <c>ProteccionDatos</c> (the basis of transferring
/// personal data out of the European Union, Directive (EU) 2016/680 ch. V and LO 7/2021), <c>AsistenciaAutoridades</c>
/// and <c>Formalidades</c> (execution conditions), <c>DobleIncriminacion</c>.
/// </summary>
internal sealed class ConditionsMapper
{
    private const string ConditionsPath = "/executionConditions";

    private readonly RecordScope _scope;

    public ConditionsMapper(RecordScope scope) => _scope = scope;

    /// <summary><c>ProteccionDatos</c>: <c>BaseTransferencia</c> (required in it) and <c>CondicionTransferencia</c>*.</summary>
    public DataProtection? DataProtection(XmlSourceElement solicitud)
    {
        if (solicitud.One("ProteccionDatos") is not { } element) return null;
        var basis = _scope.RequiredText("/dataProtection/transferBasis", element.ChildText("BaseTransferencia"));
        var conditions = new List<string>();
        foreach (var condition in element.All("CondicionTransferencia"))
            if (_scope.Text($"/dataProtection/onwardTransferConditions/{conditions.Count}", condition.TextLocation) is { } text) conditions.Add(text);
        return basis is null ? null : new DataProtection { TransferBasis = basis, OnwardTransferConditions = conditions };
    }

    /// <summary>
    /// <c>AsistenciaAutoridades</c> (present: Spanish officials ask to attend; <c>Funcionario</c>* with <c>@cargo</c>)
    /// and <c>Formalidades</c>; null when neither is written.
    /// </summary>
    public ExecutionConditions? ExecutionConditions(XmlSourceElement solicitud)
    {
        var attendance = solicitud.One("AsistenciaAutoridades");
        var formalities = _scope.Text(ConditionsPath + "/formalities", solicitud.ChildText("Formalidades"));
        if (attendance is null && formalities is null) return null;
        var officials = new List<Officer>();
        if (attendance is null) _scope.Map(ConditionsPath + "/presenceOfRequestingOfficials", Conversions.AdapterDefault);
        else
        {
            _scope.Map(ConditionsPath + "/presenceOfRequestingOfficials", Conversions.ElementPresent, attendance.Location);
            foreach (var official in attendance.All("Funcionario"))
            {
                var path = $"{ConditionsPath}/officials/{officials.Count}";
                var name = _scope.RequiredText(path + "/name", official.TextLocation);
                var role = _scope.Text(path + "/role", official.Attribute("cargo"));
                if (name is not null) officials.Add(new Officer { Name = name, Role = role });
            }
        }
        return new ExecutionConditions { PresenceOfRequestingOfficials = attendance is not null, Officials = officials, Formalities = formalities };
    }

    /// <summary><c>DobleIncriminacion</c>: the statement that the facts are an offence in both States, as written.</summary>
    public DualCriminality? DualCriminality(XmlSourceElement solicitud) =>
        _scope.Text("/dualCriminality/statement", solicitud.ChildText("DobleIncriminacion")) is { } statement ? new DualCriminality { Statement = statement } : null;
}
