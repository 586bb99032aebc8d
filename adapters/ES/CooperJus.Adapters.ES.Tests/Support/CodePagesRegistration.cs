using System.Runtime.CompilerServices;
using System.Text;

namespace CooperJus.Adapters.ES.Tests.Support;

/// <summary>
/// Registers the framework's Windows code pages once, as the gateway's host does at start: adapters never register
/// anything global, so whatever reads exports outside the host (these tests, this tool) does it in its own setup.
/// </summary>
internal static class CodePagesRegistration
{
    [ModuleInitializer]
    public static void Register() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
}
