using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class RancherRulesSamples
{
    private static readonly string Token = FakeKey.Of("tok", "en-", FakeKey.Random("abcdefghijklmnopqrstuvwxyz0123456789", 5, 1), ":", FakeKey.Random("abcdefghijklmnopqrstuvwxyz0123456789", 54, 2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("rancher-api-token", Token, "RANCHER_TOKEN")
        .FindsIn("rancher-api-token", "the Terraform provider", $"provider \"rancher2\" {{\n  api_url   = \"https://rancher.acme.internal\"\n  token_key = \"{Token}\"\n}}", Token)
        .Ignores("rancher-api-token", "a token's name without its key", "rancher_token_name: token-x7k2p");
}
