using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class InngestRulesSamples
{
    private static readonly string Key = FakeKey.Of("sign", "key-prod-", FakeKey.Random(FakeKey.Hex, 64, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("inngest-signing-key", Key, "INNGEST_SIGNING_KEY")
        .FindsIn("inngest-signing-key", "a Next.js route's serve options", $"export const {{ GET, POST, PUT }} = serve({{ client: inngest, functions, signingKey: \"{Key}\" }});", Key)
        .Ignores("inngest-signing-key", "a placeholder of the docs", "INNGEST_SIGNING_KEY=signkey-prod-abc123def456")
        .Ignores("inngest-signing-key", "one hex digit short", $"value: {Key[..^1]}");
}
