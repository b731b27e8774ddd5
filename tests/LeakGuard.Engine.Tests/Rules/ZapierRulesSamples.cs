using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class ZapierRulesSamples
{
    private static readonly string Key = FakeKey.Of("https://hooks.zapier.com/hooks", "/catch/", FakeKey.Random("0123456789", 8, 89), "/", "b7", FakeKey.Random("abcdefghijklmnopqrstuvwxyz0123456789", 5, 90), "/");

    private static readonly string LettersOnly = FakeKey.Of("https://hooks.zapier.com/hooks", "/catch/", FakeKey.Random("0123456789", 8, 94), "/", FakeKey.Random("abcdefghijklmnopqrstuvwxyz", 7, 95), "/");

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("zapier-webhook-url", "a fetch call", $"await fetch(\"{Key}\", {{ method: \"POST\" }});\n", Key)
        .Ignores("zapier-webhook-url", "a placeholder", "ZAPIER_WEBHOOK_URL=https://hooks.zapier.com/hooks/catch/123456/abcdef/")
        .FindsIn("zapier-webhook-url", "a hook id of letters only", $"ZAPIER_HOOK={LettersOnly}\n", LettersOnly);
}
