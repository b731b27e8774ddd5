using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class PostHogRulesSamples
{
    private static readonly string PosthogPersonalApiKeyKey = FakeKey.Of("ph", "x_", FakeKey.Random(FakeKey.Base62, 43, 1));

    private static readonly string ProjectSecret = FakeKey.Of("ph", "s_", FakeKey.Random(FakeKey.Base62, 43, 2));

    private static readonly string CurrentPersonalKey = FakeKey.Of("ph", "x_", FakeKey.Random(FakeKey.Base62, 47, 4));

    private static readonly string OAuthToken = FakeKey.Of("ph", "a_", FakeKey.Random(FakeKey.Base62, 43, 31));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("posthog-personal-api-key", PosthogPersonalApiKeyKey, "API_KEY")
        .Ignores("posthog-personal-api-key", "one character short", $"value: {PosthogPersonalApiKeyKey[..^1]}")
        .Ignores("posthog-personal-api-key", "embedded in a longer token", "value: Q" + PosthogPersonalApiKeyKey)
        .Finds("posthog-project-secret-key", ProjectSecret, "POSTHOG_PROJECT_SECRET_API_KEY")
        .Ignores("posthog-project-secret-key", "the public project key", $"posthog.init('phc_{FakeKey.Random(FakeKey.Base62, 43, 3)}')")
        .Finds("posthog-personal-api-key", CurrentPersonalKey, "POSTHOG_PERSONAL_API_KEY")
        .Finds("posthog-oauth-token", OAuthToken, "POSTHOG_OAUTH_ACCESS_TOKEN")
        .Ignores("posthog-oauth-token", "too short", $"value: pha_{FakeKey.Random(FakeKey.Base62, 30, 32)}");
}
