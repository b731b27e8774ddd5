using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class GateIoRules
{
    private static readonly Remediation Remediation = new("https://www.gate.io/myaccount/apikeys", "GateIo:ApiSecret", "GATE_API_SECRET");

    // A Gate.io API secret: 64 hex digits under its name, beside its 32-digit key. It trades on the account.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "gateio-api-secret",
            "Gate.io",
            "Gate.io API secret (64 hex digits under its name)",
            Patterns.AssignedTo("gate(?:_?io)?_?(?:api_?)?secret(?:_?key)?", "[0-9a-f]{64}"),
            new[] { "gate_api", "gateapi", "gate_io", "gateio", "gate_secret", "gatesecret" },
            Remediation)
        {
            MinEntropy = 3,
        },
    };
}
