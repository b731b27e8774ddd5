using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Tomlyn.Model;

namespace LeakGuard.Engine.Configuration;

/// <summary>Typed reads from a parsed TOML table; a value of the wrong type is a one-line configuration error.</summary>
internal static class TomlValues
{
    public static string? String(TomlTable table, string key, string where) =>
        Get(table, key) switch
        {
            null => null,
            string s => s,
            var other => throw WrongType(where, key, "a string", other),
        };

    public static bool? Bool(TomlTable table, string key, string where) =>
        Get(table, key) switch
        {
            null => null,
            bool b => b,
            var other => throw WrongType(where, key, "true or false", other),
        };

    public static double? Number(TomlTable table, string key, string where) =>
        Get(table, key) switch
        {
            null => null,
            long l => l,
            double d => d,
            var other => throw WrongType(where, key, "a number", other),
        };

    /// <summary>An integer or a string, as a string (a capture group by number or by name).</summary>
    public static string? NumberOrString(TomlTable table, string key, string where) =>
        Get(table, key) switch
        {
            null => null,
            long l => l.ToString(CultureInfo.InvariantCulture),
            string s => s,
            var other => throw WrongType(where, key, "a group number or name", other),
        };

    public static IReadOnlyList<string> Strings(TomlTable table, string key, string where) =>
        Get(table, key) switch
        {
            null => Array.Empty<string>(),
            TomlArray array when array.All(v => v is string) => array.Cast<string>().ToArray(),
            var other => throw WrongType(where, key, "an array of strings", other),
        };

    public static TomlTable? Table(TomlTable table, string key, string where) =>
        Get(table, key) switch
        {
            null => null,
            TomlTable t => t,
            var other => throw WrongType(where, key, "a table", other),
        };

    /// <summary>A <c>[[key]]</c> array of tables; a single <c>[key]</c> table counts as one.</summary>
    public static IReadOnlyList<TomlTable> Tables(TomlTable table, string key, string where) =>
        Get(table, key) switch
        {
            null => Array.Empty<TomlTable>(),
            TomlTableArray array => array.ToArray(),
            TomlTable single => new[] { single },
            TomlArray array when array.All(v => v is TomlTable) => array.Cast<TomlTable>().ToArray(),
            var other => throw WrongType(where, key, "a table or array of tables", other),
        };

    private static object? Get(TomlTable table, string key) => table.TryGetValue(key, out var value) ? value : null;

    private static ConfigurationException WrongType(string where, string key, string expected, object value) =>
        new($"{where}: '{key}' must be {expected}, not {Describe(value)}");

    private static string Describe(object value) => value switch
    {
        string => "a string",
        long or double => "a number",
        bool => "a boolean",
        TomlArray => "an array",
        TomlTable or TomlTableArray => "a table",
        _ => value.GetType().Name,
    };
}
