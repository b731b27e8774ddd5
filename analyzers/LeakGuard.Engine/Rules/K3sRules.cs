using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class K3sRules
{
    private static readonly Remediation Remediation = new("https://docs.k3s.io/cli/token", "Cluster:JoinToken", "K3S_TOKEN");

    // A K3s or RKE2 join token: "K10", the cluster CA's hash (64 hex digits), "::", and a user and password or a
    // bootstrap token ("abcdef.0123456789abcdef"). A node that holds it joins the cluster; the server token decrypts
    // the datastore's secrets.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "k3s-join-token",
            "K3s",
            "K3s or RKE2 cluster join token",
            Patterns.Token("K10[a-f0-9]{64}::(?:[A-Za-z0-9._-]{1,64}:[A-Za-z0-9._-]{8,128}|[a-z0-9]{6}\\.[a-z0-9]{16})", Patterns.UrlSafeOrDot),
            new[] { "K10" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
