using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class SocketDevRules
{
    private static readonly Remediation Remediation = new("https://socket.dev/dashboard", "Socket:ApiKey", "SOCKET_SECURITY_API_KEY");

    // An API key: "sktsec_", 20 or more characters and "_api". It reads the organization's scans and settings.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "socket-api-key",
            "Socket",
            "Socket.dev API key",
            Patterns.Token("sktsec_[A-Za-z0-9_-]{20,120}_api"),
            new[] { "sktsec_" },
            Remediation)
        {
            MinEntropy = 3.5,
            IsPlausible = value => !Plausibility.IsMostlyWords(value.Substring("sktsec_".Length, value.Length - "sktsec__api".Length)),
        },
    };
}
