using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class BitwardenRulesSamples
{
    private static readonly string Key = FakeKey.Of("0", ".", TestKeys.Uuid(23), ".", FakeKey.Random(FakeKey.Base62, 30, 28), ":", FakeKey.Random(FakeKey.Base64, 22, 29), "==");

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("bitwarden-secrets-manager-token", Key, "BWS_ACCESS_TOKEN")
        .Ignores("bitwarden-secrets-manager-token", "no key after the secret", $"token: {Key[..Key.IndexOf(':')]}");
}
