using System.Collections.Generic;
using System.Linq;

namespace LeakGuard.Engine.Rules;

internal static class PersonaRules
{
    private static readonly Remediation Remediation = new("https://app.withpersona.com/dashboard/api-configuration", "Persona:ApiKey", "PERSONA_API_KEY");

    // A production API key of the identity-verification platform: "persona_production_" and 20 to 80 characters. It
    // reads inquiries, with the documents and selfies users gave.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "persona-api-key",
            "Persona",
            "Persona production API key",
            Patterns.Token("persona_production_[A-Za-z0-9_-]{20,80}"),
            new[] { "persona_production_" },
            Remediation)
        {
            MinEntropy = 3.5,

            // Not a name that starts the same way ("persona_production_webhook_handler_v2").
            IsPlausible = value => value.Substring("persona_production_".Length).Count(c => c == '_') <= 1
                && Plausibility.MixesLettersAndDigits(value.Substring("persona_production_".Length), digits: 2),
        },
    };
}
