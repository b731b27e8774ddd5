using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class AdobeRules
{
    private static readonly Remediation Remediation = new("https://developer.adobe.com/console/projects", "Adobe:ClientSecret", "ADOBE_CLIENT_SECRET");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "adobe-client-secret",
            "Adobe",
            "Adobe Developer Console OAuth client secret",
            Patterns.Token("p8e-[A-Za-z0-9_-]{32}"),
            new[] { "p8e-" },
            Remediation)
        {
            MinEntropy = 3.5,
            IsPlausible = value => Plausibility.MixesLettersAndDigits(value.Substring("p8e-".Length)),
        },
    };
}
