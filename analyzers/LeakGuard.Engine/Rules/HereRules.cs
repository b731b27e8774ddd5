using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class HereRules
{
    private const string Key = "[A-Za-z0-9_-]{43}";

    private static readonly Remediation Remediation = new("https://platform.here.com/admin/apps", "Here:ApiKey", "HERE_API_KEY");

    // A HERE Location Services API key: 43 URL-safe characters on a hereapi.com URL, given to H.service.Platform or under
    // its name.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "here-api-key",
            "HERE",
            "HERE Location Services API key (43 characters for hereapi.com)",
            Patterns.QueryParameter("[a-z0-9.-]{0,40}hereapi\\.com/", "apikey", Key) + "|H\\.service\\.Platform\\([ \t]{0,3}\\{[ \t\r\n]{0,40}[\"']?apikey[\"']?[ \t]{0,3}:[ \t]{0,3}[\"'](?<secret>[A-Za-z0-9_-]{43})[\"']|" + Patterns.AssignedTo("here_?(?:maps_?)?api_?key", Key),
            new[] { "hereapi.com", "H.service.Platform", "here_api", "hereapi", "here_maps" },
            Remediation)
        {
            ReferencedValue = Key,
            MinEntropy = 3.5,
            IsPlausible = value => Plausibility.MixesLettersAndDigits(value, digits: 2),
        },
    };
}
