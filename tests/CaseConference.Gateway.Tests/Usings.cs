global using CaseConference.Testing;
global using Shouldly;
global using Xunit;
