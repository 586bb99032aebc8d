namespace CooperJus.Adapters.PE;

/// <summary>
/// The position of each column in <see cref="SgfColumns.All"/>: the reader looks a row's fields up by these numbers,
/// through an index array made once per file, instead of hashing the column name for every value it reads.
/// </summary>
internal static class SgfColumnSlots
{
    public static readonly int RequestNumber = Slot(SgfColumns.RequestNumber);
    public static readonly int CaseFile = Slot(SgfColumns.CaseFile);
    public static readonly int Office = Slot(SgfColumns.Office);
    public static readonly int Prosecutor = Slot(SgfColumns.Prosecutor);
    public static readonly int Email = Slot(SgfColumns.Email);
    public static readonly int Phone = Slot(SgfColumns.Phone);
    public static readonly int RequestedCountry = Slot(SgfColumns.RequestedCountry);
    public static readonly int RequestedAuthority = Slot(SgfColumns.RequestedAuthority);
    public static readonly int LegalBasis = Slot(SgfColumns.LegalBasis);
    public static readonly int Urgency = Slot(SgfColumns.Urgency);
    public static readonly int Deadline = Slot(SgfColumns.Deadline);
    public static readonly int Reserved = Slot(SgfColumns.Reserved);
    public static readonly int Offences = Slot(SgfColumns.Offences);
    public static readonly int Facts = Slot(SgfColumns.Facts);
    public static readonly int FactsPeriod = Slot(SgfColumns.FactsPeriod);
    public static readonly int Measures = Slot(SgfColumns.Measures);
    public static readonly int MeasuresDetail = Slot(SgfColumns.MeasuresDetail);
    public static readonly int RowType = Slot(SgfColumns.RowType);
    public static readonly int Condition = Slot(SgfColumns.Condition);
    public static readonly int DocumentType = Slot(SgfColumns.DocumentType);
    public static readonly int DocumentNumber = Slot(SgfColumns.DocumentNumber);
    public static readonly int FirstFamilyName = Slot(SgfColumns.FirstFamilyName);
    public static readonly int SecondFamilyName = Slot(SgfColumns.SecondFamilyName);
    public static readonly int GivenNames = Slot(SgfColumns.GivenNames);
    public static readonly int CompanyName = Slot(SgfColumns.CompanyName);
    public static readonly int BirthDate = Slot(SgfColumns.BirthDate);
    public static readonly int Nationality = Slot(SgfColumns.Nationality);
    public static readonly int Address = Slot(SgfColumns.Address);
    public static readonly int ObjectType = Slot(SgfColumns.ObjectType);
    public static readonly int ObjectDescription = Slot(SgfColumns.ObjectDescription);
    public static readonly int ObjectMaterials = Slot(SgfColumns.ObjectMaterials);
    public static readonly int ObjectMeasurements = Slot(SgfColumns.ObjectMeasurements);
    public static readonly int ObjectPeriod = Slot(SgfColumns.ObjectPeriod);
    public static readonly int ObjectCulture = Slot(SgfColumns.ObjectCulture);
    public static readonly int ObjectInscriptions = Slot(SgfColumns.ObjectInscriptions);
    public static readonly int ObjectFeatures = Slot(SgfColumns.ObjectFeatures);
    public static readonly int ObjectRegisterCode = Slot(SgfColumns.ObjectRegisterCode);
    public static readonly int ObjectValue = Slot(SgfColumns.ObjectValue);
    public static readonly int IssuedOn = Slot(SgfColumns.IssuedOn);
    public static readonly int UrgencyGrounds = Slot(SgfColumns.UrgencyGrounds);
    public static readonly int UrgencyReason = Slot(SgfColumns.UrgencyReason);
    public static readonly int MaximumPenalties = Slot(SgfColumns.MaximumPenalties);
    public static readonly int Purpose = Slot(SgfColumns.Purpose);
    public static readonly int OrderType = Slot(SgfColumns.OrderType);
    public static readonly int OrderIssuer = Slot(SgfColumns.OrderIssuer);
    public static readonly int OrderNumber = Slot(SgfColumns.OrderNumber);
    public static readonly int OrderDate = Slot(SgfColumns.OrderDate);
    public static readonly int MeasureLinks = Slot(SgfColumns.MeasureLinks);
    public static readonly int Sex = Slot(SgfColumns.Sex);
    public static readonly int BirthPlace = Slot(SgfColumns.BirthPlace);
    public static readonly int Languages = Slot(SgfColumns.Languages);
    public static readonly int Interpreter = Slot(SgfColumns.Interpreter);
    public static readonly int Minor = Slot(SgfColumns.Minor);
    public static readonly int Custody = Slot(SgfColumns.Custody);
    public static readonly int ObjectIncident = Slot(SgfColumns.ObjectIncident);
    public static readonly int ObjectIncidentDate = Slot(SgfColumns.ObjectIncidentDate);
    public static readonly int ObjectIncidentPlace = Slot(SgfColumns.ObjectIncidentPlace);
    public static readonly int ObjectSiteType = Slot(SgfColumns.ObjectSiteType);
    public static readonly int ObjectProtection = Slot(SgfColumns.ObjectProtection);
    public static readonly int GatewayRequestId = Slot(SgfColumns.GatewayRequestId);

    /// <summary>The slot of <paramref name="column"/>.</summary>
    /// <exception cref="ArgumentException">The column is not in <see cref="SgfColumns.All"/>.</exception>
    public static int Slot(string column)
    {
        for (var i = 0; i < SgfColumns.All.Count; i++)
        {
            if (string.Equals(SgfColumns.All[i], column, StringComparison.Ordinal)) return i;
        }
        throw new ArgumentException($"{column} is not an SGF column.", nameof(column));
    }
}
