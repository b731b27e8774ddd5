using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class K3sRulesSamples
{
    private static readonly string Token = FakeKey.Of("K1", "0", FakeKey.Random(FakeKey.Hex, 64, 1), "::server:", FakeKey.Random(FakeKey.Hex, 32, 2));

    private static readonly string BootstrapToken = FakeKey.Of("K1", "0", FakeKey.Random(FakeKey.Hex, 64, 5), "::", FakeKey.Random("abcdefghijklmnopqrstuvwxyz0123456789", 6, 6), ".", FakeKey.Random("abcdefghijklmnopqrstuvwxyz0123456789", 16, 7));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("k3s-join-token", Token, "K3S_TOKEN")
        .FindsIn("k3s-join-token", "the install command", $"curl -sfL https://get.k3s.io | K3S_URL=https://k3s-server:6443 K3S_TOKEN={Token} sh -", Token)
        .Ignores("k3s-join-token", "the CA hash alone", $"value: K10{FakeKey.Random(FakeKey.Hex, 64, 3)}")
        .FindsIn("k3s-join-token", "a bootstrap token after the CA hash", $"token: {BootstrapToken}", BootstrapToken);
}
