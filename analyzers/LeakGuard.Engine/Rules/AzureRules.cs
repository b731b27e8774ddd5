using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class AzureRules
{
    private static readonly Remediation AiRemediation = new(
        "https://portal.azure.com/#view/Microsoft_Azure_ProjectOxford/CognitiveServicesHub/~/OpenAI",
        "AzureOpenAI:ApiKey",
        "AZURE_OPENAI_API_KEY");

    private static readonly Remediation StorageKeyRemediation = AzurePortal.Resources("Microsoft.Storage%2FStorageAccounts", "AzureStorage:AccountKey", "AZURE_STORAGE_KEY");

    private static readonly Remediation StorageConnectionRemediation = AzurePortal.Resources("Microsoft.Storage%2FStorageAccounts", "ConnectionStrings:AzureStorage", "AZURE_STORAGE_CONNECTION_STRING", wholeString: true);

    // A hex segment of a URL path (a workflow or resource id under an Azure host) is not a key.
    private const string UrlSafeOrSlash = "/" + Patterns.UrlSafe;

    // Azure made its classic AI services keys as version 4 GUIDs without hyphens, the form most ids next to "Azure"
    // have too: such a value is the key only where a key's name or a key credential holds it.
    private const string HexNotCompactGuid = "[0-9a-f]{12}(?:[0-35-9a-f][0-9a-f]{19}|4[0-9a-f]{3}[0-7c-f][0-9a-f]{15})";

    private const string AiKeyName = "(?:api[_-]?key|openai[_-]?key|speech[_-]?key)";

    private const string KeyCredential = "AzureKeyCredential\\([ \t]{0,3}\"(?<secret>[0-9a-f]{32})\"";

    // The Speech SDK's SpeechConfig.FromSubscription("…", region) and the key's name (SpeechKey, SPEECH_KEY) say Azure
    // without the word.
    private static readonly string[] AiContext = { "azure", "openai.azure.com", "cognitiveservices", "Ocp-Apim-Subscription-Key", "SpeechConfig", "speechkey", "speech_key" };

    // The 32 hex digits of other providers' secrets, which a Startup.cs sets up beside its Azure AD sign-in:
    // facebookOptions.AppSecret, twitterOptions.ConsumerSecret, a Google or GitHub client secret.
    private static readonly string[] OtherProvidersSecretNames = { "facebook", "appsecret", "app_secret", "twitter", "consumersecret", "google", "github", "clientsecret", "client_secret" };

    // ARM_ACCESS_KEY is how Terraform's azurerm backend takes the key of the account that holds its state.
    private static readonly string[] StorageContext = { "AccountKey", "storage", "core.windows.net", "ARM_ACCESS_KEY" };

    private static readonly Remediation MessagingRemediation = AzurePortal.Resources("Microsoft.ServiceBus%2Fnamespaces", "ConnectionStrings:ServiceBus", "SERVICEBUS_CONNECTION_STRING", wholeString: true);

    private static readonly Remediation CosmosRemediation = AzurePortal.Resources("Microsoft.DocumentDb%2FdatabaseAccounts", "ConnectionStrings:CosmosDb", "COSMOS_CONNECTION_STRING", wholeString: true);

    private static readonly Remediation CosmosKeyRemediation = AzurePortal.Resources("Microsoft.DocumentDb%2FdatabaseAccounts", "CosmosDb:AccountKey", "COSMOS_KEY");

    // What code passing an account key to "new CosmosClient(endpoint, key)" calls it, or the endpoint beside it.
    private static readonly string[] CosmosContext = { "cosmos", "documents.azure.com", "PrimaryKey", "AuthKey" };

    private static readonly Remediation SasRemediation = new(
        "https://learn.microsoft.com/azure/storage/common/storage-sas-overview#revoke-a-sas",
        "AzureStorage:SasToken",
        "AZURE_STORAGE_SAS_TOKEN");

    private static readonly Remediation DataFactoryRemediation = new(
        "https://learn.microsoft.com/azure/data-factory/create-self-hosted-integration-runtime",
        "DataFactory:IntegrationRuntimeKey",
        "ADF_INTEGRATION_RUNTIME_KEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        // "IR@", the runtime's id, the factory's name, its service endpoint, then a 32-byte key in base 64: anyone with it
        // can register a node of their own in the factory's integration runtime.
        new SecretRule(
            "azure-data-factory-runtime-key",
            "Azure",
            "Azure Data Factory self-hosted integration runtime authentication key",
            "IR@[0-9A-Za-z-]{36}@[^@\\s\"'<>]{1,200}@[^@\\s\"'<>]{0,200}@[A-Za-z0-9+/]{43}=",
            new[] { "IR@" },
            DataFactoryRemediation)
        {
            MinEntropy = 3.5,
        },
        // Service Bus, Event Hubs, Relay, IoT Hub and Notification Hubs connection strings all end in a 44-character key
        // named SharedAccessKey (SharedAccessKeyName, just before it, names the policy).
        new SecretRule(
            "azure-shared-access-key",
            "Azure",
            "Azure Service Bus, Event Hubs, Relay or IoT Hub shared access key (SharedAccessKey= in a connection string)",
            "(?:[Ss]haredAccessKey|SHARED_ACCESS_KEY)[\"']?[ \t]{0,3}[:=][ \t]{0,3}[\"']?(?<secret>[A-Za-z0-9+/]{43}=)(?:$|[^A-Za-z0-9+/=])",
            new[] { "SharedAccessKey", "shared_access_key" },
            MessagingRemediation)
        {
            MinEntropy = 4,
        },
        new SecretRule(
            "azure-cosmos-db-connection-string",
            "Azure",
            "Azure Cosmos DB connection string with an account key",
            "AccountEndpoint=https://[A-Za-z0-9-]{1,63}\\.documents\\.azure\\.com(?::443)?/?;(?:[A-Za-z]{1,30}=[^;\"'\\s]{0,200};){0,3}AccountKey=(?<secret>[A-Za-z0-9+/]{86}==)",
            new[] { "documents.azure.com" },
            CosmosRemediation)
        {
            MinEntropy = 4,
        },
        // A shared access signature grants what its sp= permissions say until se=; sig= is the HMAC that makes it valid,
        // 32 bytes in base 64, URL-encoded in a URL. sv= (the service version) comes first in the query Azure builds.
        new SecretRule(
            "azure-sas-token",
            "Azure",
            "Azure shared access signature (sig= of a SAS URL or token that has not expired)",
            "sv=[0-9]{4}-[0-9]{2}-[0-9]{2}&(?:[a-z]{2,5}=[^&\\s\"'<>]{0,100}&){0,12}sig=(?<secret>(?:[A-Za-z0-9+/]|%2[BbFf]){43}(?:%3[Dd]|=))",
            new[] { "sig=" },
            SasRemediation)
        {
            MinEntropy = 3.5,
            IsLive = SasExpiry.IsLive,
        },
        // Azure AI keys issued since 2024 are 84 characters: 52 random, the fixed "JQQJ99", a date and platform block,
        // the provider signature "ACOG" and a 4-character checksum.
        new SecretRule(
            "azure-ai-services-key",
            "Azure",
            "Azure OpenAI / Azure AI services key (84-character identifiable format)",
            Patterns.Token("[A-Za-z0-9]{52}JQQJ99[A-Za-z0-9]{18}ACOG[A-Za-z0-9]{4}", Patterns.Base62),
            new[] { "JQQJ99" },
            AiRemediation)
        {
            MinEntropy = 3.5,
        },
        ContextGatedRule.Create(
            "azure-openai-key",
            "Azure",
            "Azure OpenAI / Azure AI services key (32 hex characters next to an Azure endpoint or header)",
            $"{Patterns.Token(HexNotCompactGuid, UrlSafeOrSlash)}|{Patterns.AssignedTo(AiKeyName, "[0-9a-f]{32}", Patterns.Base62)}|{KeyCredential}",
            AiContext,
            AiRemediation,
            minEntropy: 3,
            publicNames: OtherProvidersSecretNames),
        new SecretRule(
            "azure-storage-connection-string",
            "Azure",
            "Azure Storage connection string with an account key",
            "DefaultEndpointsProtocol=https?;(?:[A-Za-z]{1,30}=[^;\"'\\s]{0,200};){0,5}AccountKey=(?<secret>[A-Za-z0-9+/]{86}==)",
            new[] { "DefaultEndpointsProtocol" },
            StorageConnectionRemediation)
        {
            MinEntropy = 4,
        },
        // AccountName and AccountKey as two settings (appsettings.json, .env): the name makes the key certain.
        new SecretRule(
            "azure-storage-account-pair",
            "Azure",
            "Azure Storage account name and account key together",
            "(?:AccountName|accountName|account_name|ACCOUNT_NAME)[\"']?[ \t]{0,3}[:=][ \t]{0,3}[\"']?[a-z0-9]{3,24}[\"']?[ \t]{0,3}[,;]?\\s{0,20}[\"']?[A-Za-z_]{0,30}(?:AccountKey|accountKey|account_key|ACCOUNT_KEY)[\"']?[ \t]{0,3}[:=][ \t]{0,3}[\"']?(?<secret>[A-Za-z0-9+/]{86}==)",
            new[] { "AccountName", "account_name" },
            StorageKeyRemediation)
        {
            MinEntropy = 4,
        },
        ContextGatedRule.Create(
            "azure-storage-account-key",
            "Azure",
            "Azure Storage account key (88-character base 64 next to AccountKey or a storage endpoint)",
            Patterns.Token("[A-Za-z0-9+/]{86}==", Patterns.Base64),
            StorageContext,
            StorageKeyRemediation,
            minEntropy: 4),
        ContextGatedRule.Create(
            "azure-cosmos-db-key",
            "Azure",
            "Azure Cosmos DB account key (88-character base 64 next to Cosmos, its endpoint or PrimaryKey)",
            Patterns.Token("[A-Za-z0-9+/]{86}==", Patterns.Base64),
            CosmosContext,
            CosmosKeyRemediation,
            minEntropy: 4),
    };
}
