using CaseConference.Domain.Conferences;

namespace CaseConference.Contracts.Wire;

/// <summary>
/// A minutes entry on the Orleans wire: every entry crosses from the KK to the gateway in its
/// answer. As JSON (<see cref="WireSerialization"/>) each one also carried its type's name, which
/// the reader parsed and checked again per call (issue 9's profile of the gateway). Fields by id,
/// so an added one stays readable by an older process, as with JSON.
/// </summary>
[GenerateSerializer, Immutable]
public struct MinuteEntryWire
{
    [Id(0)] public int Number;
    [Id(1)] public DateTimeOffset At;
    [Id(2)] public Guid RecordedBy;
    [Id(3)] public string Text;
    [Id(4)] public int? Amends;
}

[RegisterConverter]
public sealed class MinuteEntryWireConverter : IConverter<MinuteEntry, MinuteEntryWire>
{
    public MinuteEntry ConvertFromSurrogate(in MinuteEntryWire wire) =>
        new(wire.Number, wire.At, wire.RecordedBy, wire.Text, wire.Amends);

    public MinuteEntryWire ConvertToSurrogate(in MinuteEntry value) => new()
    {
        Number = value.Number, At = value.At, RecordedBy = value.RecordedBy, Text = value.Text, Amends = value.Amends,
    };
}
