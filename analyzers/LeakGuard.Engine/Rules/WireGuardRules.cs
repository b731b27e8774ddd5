using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class WireGuardRules
{
    private static readonly Remediation Remediation = new("https://www.wireguard.com/quickstart/#key-generation", "WireGuard:PrivateKey", "WG_PRIVATE_KEY")
    {
        Steps = new[]
        {
            "Generate a new key pair (wg genkey | tee private.key | wg pubkey) and a new preshared key (wg genpsk), and put the new public key on every peer: whoever has the old private key can join the tunnel as this host.",
            "Keep the configuration out of the repository: wg-quick reads PostUp = wg set %i private-key /etc/wireguard/private.key, and a secret store can hold the file.",
        },
    };

    // A Curve25519 key is 32 bytes: 43 characters of base 64 whose last holds 4 bits (so one of 16), then '='.
    private const string Key = "[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=";

    // wg-quick's configuration: the interface's PrivateKey and a peer's PresharedKey (the PublicKey beside them is
    // public).
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "wireguard-private-key",
            "WireGuard",
            "WireGuard private key or preshared key in a wg-quick configuration",
            "(?:^|[\\r\\n])[ \\t]{0,8}(?:PrivateKey|PresharedKey)[ \\t]{0,3}=[ \\t]{0,3}(?<secret>" + Key + ")(?:$|[\\s#])",
            new[] { "PrivateKey", "PresharedKey" },
            Remediation)
        {
            MinEntropy = 4,
        },
    };
}
