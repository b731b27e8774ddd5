using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class BybitRules
{
    private static readonly Remediation Remediation = new("https://www.bybit.com/app/user/api-management", "Bybit:ApiSecret", "BYBIT_API_SECRET");

    // A Bybit API secret: 36 letters and digits under its name or given to pybit after its key. It trades on the account.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "bybit-api-secret",
            "Bybit",
            "Bybit API secret (36 letters and digits)",
            Patterns.AssignedTo("bybit_?(?:api_?)?secret(?:_?key)?", "[A-Za-z0-9]{36}"),
            new[] { "bybit" },
            Remediation)
        {
            MinEntropy = 3.5,
            IsPlausible = value => Plausibility.MixesLettersAndDigits(value, digits: 2),
        },
    };
}
