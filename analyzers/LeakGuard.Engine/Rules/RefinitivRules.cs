using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class RefinitivRules
{
    private static readonly Remediation Remediation = new("https://developers.lseg.com/", "Refinitiv:AppKey", "EIKON_APP_KEY");

    // A Refinitiv (LSEG) Eikon Data API app key: 40 hex digits handed to set_app_key.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "refinitiv-app-key",
            "Refinitiv (LSEG)",
            "Refinitiv Eikon Data API app key (40 hex digits given to set_app_key)",
            "set_app_key\\([ \t]{0,3}[\"'](?<secret>[0-9a-f]{40})[\"']|" + Patterns.AssignedTo("(?:eikon|refinitiv)_?app_?key", "[0-9a-f]{40}"),
            new[] { "set_app_key", "eikon", "refinitiv" },
            Remediation)
        {
            MinEntropy = 3,
        },
    };
}
