// Name, city and channel tables behind the demo generator, per country.
#pragma once

#include <array>
#include <span>
#include <string_view>

namespace swb::demo {

struct City
{
    std::string_view name;
    std::string_view postalCode; // a real-looking code of the city, leading zeros kept
};

struct Country
{
    std::string_view code; // ISO 3166-1 alpha-2
    double weight; // share of customers
    std::string_view phonePrefix; // the country calling code, "+49"
    // A mobile range that libphonenumber knows as valid: the national number is this prefix and then
    // phoneDigits random digits (the preset exports normalise the demo's phones to E.164).
    std::string_view phoneMobile;
    int phoneDigits = 0;
    std::span<const std::string_view> femaleNames;
    std::span<const std::string_view> maleNames;
    std::span<const std::string_view> lastNames;
    std::span<const City> cities;
    std::span<const std::string_view> mailDomains;
    std::span<const std::string_view> streets;
    bool numberFirst = false; // "12 High Street" rather than "Hauptstraße 12"
};

std::span<const Country> countries();

struct Channel
{
    std::string_view name;
    double weight;
    double orderFactor; // how much customers from this channel order, relative to the mean
};

std::span<const Channel> channels();

} // namespace swb::demo
