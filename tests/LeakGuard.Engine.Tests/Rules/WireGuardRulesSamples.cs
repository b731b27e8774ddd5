using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class WireGuardRulesSamples
{
    private static readonly string PrivateKey = FakeKey.Random(FakeKey.Base64, 42, 91) + "A=";

    private static readonly string PresharedKey = FakeKey.Random(FakeKey.Base64, 42, 92) + "w=";

    private static readonly string PublicKey = FakeKey.Random(FakeKey.Base64, 42, 93) + "Q=";

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("wireguard-private-key", "the interface's private key", $"[Interface]\nAddress = 10.8.0.1/24\nListenPort = 51820\nPrivateKey = {PrivateKey}\n", PrivateKey)
        .FindsIn("wireguard-private-key", "a peer's preshared key", $"[Peer]\nPublicKey = {PublicKey}\nPresharedKey = {PresharedKey}\nAllowedIPs = 10.8.0.3/32\n", PresharedKey)
        .Ignores("wireguard-private-key", "a peer's public key", $"[Peer]\nPublicKey = {PublicKey}\nAllowedIPs = 10.8.0.2/32\n")
        .Ignores("wireguard-private-key", "a C# property set from code", "    PrivateKey = rsa.ExportRSAPrivateKey(),\n");
}
