using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class LaravelRules
{
    private static readonly Remediation Remediation = new("https://laravel.com/docs/encryption#gracefully-rotating-encryption-keys", "Laravel:AppKey", "APP_KEY")
    {
        Steps = new[]
        {
            "Generate a new key (php artisan key:generate --show), set it as APP_KEY where the application runs, and list the leaked one in APP_PREVIOUS_KEYS only as long as data encrypted with it must still be read: whoever has it decrypts and forges cookies and encrypted values, and with them may run code on the server.",
            "Keep .env out of the repository (.gitignore it; commit .env.example with an empty APP_KEY).",
        },
    };

    private static readonly string[] Context = { "APP_KEY" };

    // The application key artisan key:generate writes to .env: "base64:" and 32 random bytes.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            // 32 random bytes, or 16 where config/app.php sets the AES-128-CBC cipher.
            "laravel-app-key",
            "Laravel",
            "Laravel application key (APP_KEY=base64:…)",
            "(?:^|[^A-Za-z0-9+/])(?<secret>base64:(?:[A-Za-z0-9+/]{43}=|[A-Za-z0-9+/]{22}==))(?:$|[^A-Za-z0-9+/=])",
            Context,
            Remediation,
            minEntropy: 3.5,
            isPlausible: value => Plausibility.MixesLettersAndDigits(value.Substring("base64:".Length))),
    };
}
