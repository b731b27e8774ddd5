using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class BugsnagRulesSamples
{
    private static readonly string BugsnagApiKeyKey = FakeKey.Of(FakeKey.Random(FakeKey.Hex, 32, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("bugsnag-api-key", BugsnagApiKeyKey, "BUGSNAG_API_KEY")
        .FindsIn("bugsnag-api-key", "ASP.NET Core's settings", $"{{ \"Bugsnag\": {{ \"ApiKey\": \"{BugsnagApiKeyKey}\" }} }}", BugsnagApiKeyKey)
        .FindsIn("generic-secret", "a browser's notifier: not reported as Bugsnag's", $"Bugsnag.start({{ apiKey: '{BugsnagApiKeyKey}' }})", BugsnagApiKeyKey)
        .Ignores("bugsnag-api-key", "a Unity game's notifier", $"Bugsnag.Start(\"{BugsnagApiKeyKey}\");")
        .Ignores("bugsnag-api-key", "an Android app's manifest", $"<meta-data android:name=\"com.bugsnag.android.API_KEY\" android:value=\"{BugsnagApiKeyKey}\"/>")
        .Ignores("bugsnag-api-key", "no bugsnag context", $"\"checksum\": \"{BugsnagApiKeyKey}\"")
        .Ignores("bugsnag-api-key", "one character short", $"bugsnag: {BugsnagApiKeyKey[..^1]}");
}
