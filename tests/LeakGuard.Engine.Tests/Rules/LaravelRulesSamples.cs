using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class LaravelRulesSamples
{
    private static readonly string AppKey = FakeKey.Of("base64", ":", FakeKey.Random(FakeKey.Base64, 43, 1), "=");

    private static readonly string ShortKey = FakeKey.Of("base64", ":", FakeKey.Random(FakeKey.Base64, 22, 2), "==");

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("laravel-app-key", "a committed .env", $"APP_NAME=Laravel\nAPP_ENV=production\nAPP_KEY={AppKey}\nAPP_DEBUG=false\n", AppKey)
        .FindsIn("laravel-app-key", "phpunit.xml", $"<php>\n    <env name=\"APP_KEY\" value=\"{AppKey}\"/>\n</php>", AppKey)
        .FindsIn("laravel-app-key", "config/app.php's fallback", $"'key' => env('APP_KEY', '{AppKey}'),", AppKey)
        .Ignores("laravel-app-key", "no APP_KEY near", $"payload: {AppKey}")
        .Ignores("laravel-app-key", "an empty key", "APP_KEY=\nAPP_DEBUG=true\n")
        .Ignores("laravel-app-key", "one character short", $"APP_KEY={AppKey[..^2]}=")
        .FindsIn("laravel-app-key", "a 16-byte key for AES-128-CBC", $"'key' => env('APP_KEY', '{ShortKey}'),", ShortKey)
        .Ignores("laravel-app-key", "a 16-byte key one character short", $"APP_KEY={ShortKey[..^3]}==");
}
