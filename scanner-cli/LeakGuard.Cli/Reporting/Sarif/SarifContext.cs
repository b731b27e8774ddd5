using System.Text.Json.Serialization;

namespace LeakGuard.Cli.Reporting.Sarif;

/// <summary>Serialization code for the SARIF log, generated at build time rather than reflected over at run time.</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(SarifLog))]
internal sealed partial class SarifContext : JsonSerializerContext;
