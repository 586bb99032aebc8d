using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace CooperJus.Gateway.Web;

/// <summary>
/// Where the view's data-protection keys (which encrypt its cookies and form tokens) are kept: in this process's
/// memory only. Without it ASP.NET Core writes them, unencrypted, under <c>~/.aspnet/DataProtection-Keys</c> of the
/// service account; whoever could read that folder could forge a form token or read a cookie. Nothing needs them to
/// outlive the process: sessions are in memory too (<see cref="AuditorSessions"/>).
/// </summary>
internal sealed class InMemoryKeyRepository : IXmlRepository
{
    private readonly List<XElement> _elements = [];
    private readonly Lock _gate = new();

    /// <inheritdoc/>
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        lock (_gate) return _elements.Select(e => new XElement(e)).ToList();
    }

    /// <inheritdoc/>
    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        lock (_gate) _elements.Add(new XElement(element));
    }
}
