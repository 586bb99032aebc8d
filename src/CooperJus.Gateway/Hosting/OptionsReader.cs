using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;

namespace CooperJus.Gateway.Hosting;

/// <summary>Binds an options section and collects every DataAnnotations error, named by its configuration key.</summary>
internal static class OptionsReader
{
    public static T Read<T>(IConfiguration configuration, string section, List<string> problems) where T : class, new()
    {
        T options;
        try
        {
            options = configuration.GetSection(section).Get<T>() ?? new T();
        }
        catch (InvalidOperationException e)
        {
            problems.Add($"{section}: {e.Message}");
            return new T();
        }
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        problems.AddRange(results.Select(r => $"{section}:{string.Join(",", r.MemberNames)}: {r.ErrorMessage}"));
        return options;
    }
}
