using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class AzureFunctionsRules
{
    private const string Key = "(?<secret>[A-Za-z0-9_/+-]{30,120}(?:==|%3D%3D|=|%3D)?)";

    // A function or host key of any format (those made before the identifiable "AzFu" keys have no signature) where
    // only a key can stand: the code parameter of a function's URL, which curl lines, READMEs and tests copy whole, or
    // the x-functions-key header. A host key calls every function of the app, and the master key administers it.
    // Apps created since 2024 get a unique host name with the region in it (name-hash.northeurope-01.azurewebsites.net).
    private const string Pattern =
        "https://[a-z0-9-]{1,60}(?:\\.[a-z0-9]{2,20}-01)?\\.azurewebsites\\.net/(?:api|runtime/webhooks)/[^\\s\"'<>?]{0,200}\\?(?:[^\\s\"'<>#]{0,300}&)?code=" + Key + "(?:$|[^A-Za-z0-9_/+%=-])"
        + "|x-functions-key[\"']?[ \\t]{0,3}[:,=][ \\t]{0,3}[\"']?" + Key + "(?:$|[^A-Za-z0-9_/+%=-])";

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "azure-functions-key",
            "Azure",
            "Azure Functions function or host key in a function's URL (?code=) or an x-functions-key header",
            Pattern,
            new[] { "azurewebsites.net", "x-functions-key" },
            AzurePortal.Resources("Microsoft.Web%2Fsites/kind/functionapp", "AzureFunctions:Key", "AZURE_FUNCTIONS_KEY"))
        {
            MinEntropy = 4,
            IsPlausible = Plausibility.MixesCasesAndDigits,
        },
    };
}
