using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class BoxRulesSamples
{
    private static readonly string Secret = FakeKey.Of("fBr", FakeKey.Random(FakeKey.Base62, 25, 5), "Ay2h");

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("box-client-secret", "a JWT app's config", $"{{\n  \"boxAppSettings\": {{\n    \"clientID\": \"{FakeKey.Random("abcdefghijklmnopqrstuvwxyz0123456789", 32, 6)}\",\n    \"clientSecret\": \"{Secret}\",\n    \"appAuth\": {{ \"publicKeyID\": \"abc123\" }}\n  }}\n}}", Secret)
        .FindsIn("oauth-client-secret", "a client secret with no Box near: an OAuth client secret, not Box's", $"\"clientSecret\": \"{Secret}\"", Secret)
        .Finds("box-developer-token", Secret, "BoxDeveloperToken")
        .Ignores("box-developer-token", "a token from the environment", "const string BoxDeveloperToken = \"${BOX_DEVELOPER_TOKEN}\";")
        .Ignores("box-client-secret", "a config whose secret is substituted at deployment", "{\n  \"boxAppSettings\": {\n    \"clientID\": \"abc\",\n    \"clientSecret\": \"${BOX_CLIENT_SECRET}\"\n  }\n}");
}
