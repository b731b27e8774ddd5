using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class TeamCityRules
{
    private static readonly Remediation Remediation = new("https://www.jetbrains.com/help/teamcity/configuring-your-user-profile.html#Managing+Access+Tokens", "TeamCity:Token", "TEAMCITY_TOKEN");

    // An access token: base 64 of {"typ": "TCV2"}, then two parts. It calls the REST API as its user, often an
    // administrator: builds, parameters (with their secrets) and agents.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "teamcity-access-token",
            "JetBrains TeamCity",
            "TeamCity access token",
            Patterns.Token("eyJ0eXAiOiAiVENWMiJ9\\.[A-Za-z0-9_-]{36}\\.[A-Za-z0-9_-]{48}", Patterns.UrlSafeOrDot),
            new[] { "eyJ0eXAiOiAiVENWMiJ9" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
