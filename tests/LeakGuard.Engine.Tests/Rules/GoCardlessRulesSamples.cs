using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class GoCardlessRulesSamples
{
    private static readonly string Token = FakeKey.Of("live", "_", FakeKey.Random(FakeKey.UrlSafe, 40, 1));

    private static readonly string SandboxToken = FakeKey.Of("sand", "box_", FakeKey.Random(FakeKey.UrlSafe, 40, 2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("gocardless-access-token", Token, "GOCARDLESS_ACCESS_TOKEN")
        .FindsIn("gocardless-access-token", "the client's constructor", $"var client = GoCardlessClient.Create(\"{Token}\", GoCardlessClient.Environment.LIVE);", Token)
        .Ignores("gocardless-access-token", "no GoCardless near", $"value: {Token}")
        .Ignores("gocardless-access-token", "39 characters", $"gocardless: {Token[..^1]}")
        .FindsIn("gocardless-access-token", "a sandbox token in Ruby", $"@client = GoCardlessPro::Client.new(access_token: \"{SandboxToken}\", environment: :sandbox)", SandboxToken)
        .FindsIn("gocardless-access-token", "a config's short name for it", $"module.exports = {{\n  gc_access_token: \"{Token}\",\n}};", Token);
}
