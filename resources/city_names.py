"""What young people call US places, as data: populations, nicknames, parts of cities, regions.

``resources.places`` reads these tables; nothing here runs. Place keys are written as
``Place.key`` spells them (``city:CA:San Francisco``), with city names as the USPS ZIP data
spells them ("Saint Louis", "Winston Salem", "Mckinney").
"""

from __future__ import annotations

# City, state, and its population in thousands at the 2020 Census (US Census Bureau, April 1,
# 2020 counts, rounded). Every city of 100,000 or more the ZIP data names, and smaller ones that
# share a name with another city here, so that same-named cities are offered biggest first. The
# figures only order places: a rounding difference changes nothing.
_POPULATION_2020 = """
New York, NY, 8804
Los Angeles, CA, 3899
Chicago, IL, 2746
Houston, TX, 2304
Phoenix, AZ, 1608
Philadelphia, PA, 1604
San Antonio, TX, 1434
San Diego, CA, 1386
Dallas, TX, 1304
San Jose, CA, 1013
Austin, TX, 962
Jacksonville, FL, 950
Fort Worth, TX, 918
Columbus, OH, 906
Indianapolis, IN, 887
Charlotte, NC, 875
San Francisco, CA, 874
Seattle, WA, 737
Denver, CO, 715
Washington, DC, 690
Nashville, TN, 689
Oklahoma City, OK, 681
El Paso, TX, 679
Boston, MA, 676
Portland, OR, 652
Las Vegas, NV, 641
Detroit, MI, 639
Memphis, TN, 633
Louisville, KY, 633
Baltimore, MD, 586
Milwaukee, WI, 577
Albuquerque, NM, 565
Tucson, AZ, 543
Fresno, CA, 542
Sacramento, CA, 525
Kansas City, MO, 508
Mesa, AZ, 504
Atlanta, GA, 499
Omaha, NE, 486
Colorado Springs, CO, 479
Raleigh, NC, 468
Long Beach, CA, 467
Virginia Beach, VA, 460
Miami, FL, 442
Oakland, CA, 440
Minneapolis, MN, 430
Tulsa, OK, 413
Bakersfield, CA, 403
Wichita, KS, 397
Arlington, TX, 395
Aurora, CO, 386
Tampa, FL, 385
New Orleans, LA, 384
Cleveland, OH, 373
Honolulu, HI, 350
Anaheim, CA, 347
Lexington, KY, 322
Stockton, CA, 320
Henderson, NV, 318
Corpus Christi, TX, 317
Riverside, CA, 314
Saint Paul, MN, 312
Newark, NJ, 311
Santa Ana, CA, 311
Cincinnati, OH, 309
Irvine, CA, 308
Orlando, FL, 308
Pittsburgh, PA, 303
Saint Louis, MO, 302
Greensboro, NC, 299
Jersey City, NJ, 292
Lincoln, NE, 292
Anchorage, AK, 291
Plano, TX, 285
Durham, NC, 284
Buffalo, NY, 278
Chandler, AZ, 275
Chula Vista, CA, 275
Toledo, OH, 271
Madison, WI, 270
Gilbert, AZ, 267
Reno, NV, 264
Fort Wayne, IN, 264
North Las Vegas, NV, 263
Saint Petersburg, FL, 258
Lubbock, TX, 258
Irving, TX, 256
Laredo, TX, 256
Winston Salem, NC, 249
Chesapeake, VA, 249
Glendale, AZ, 249
Garland, TX, 246
Scottsdale, AZ, 242
Arlington, VA, 239
Norfolk, VA, 238
Boise, ID, 236
Fremont, CA, 230
Spokane, WA, 229
Santa Clarita, CA, 228
Baton Rouge, LA, 227
Richmond, VA, 226
Hialeah, FL, 223
San Bernardino, CA, 222
Tacoma, WA, 219
Modesto, CA, 218
Huntsville, AL, 215
Des Moines, IA, 214
Yonkers, NY, 211
Rochester, NY, 211
Moreno Valley, CA, 208
Fayetteville, NC, 208
Fontana, CA, 208
Worcester, MA, 207
Columbus, GA, 206
Port Saint Lucie, FL, 204
Little Rock, AR, 203
Augusta, GA, 202
Oxnard, CA, 202
Frisco, TX, 201
Birmingham, AL, 200
Montgomery, AL, 200
Amarillo, TX, 200
Salt Lake City, UT, 200
Huntington Beach, CA, 199
Grand Rapids, MI, 198
Overland Park, KS, 197
Glendale, CA, 197
Tallahassee, FL, 196
Grand Prairie, TX, 196
Mckinney, TX, 195
Cape Coral, FL, 194
Sioux Falls, SD, 193
Peoria, AZ, 191
Vancouver, WA, 191
Providence, RI, 190
Knoxville, TN, 190
Akron, OH, 190
Shreveport, LA, 188
Mobile, AL, 187
Brownsville, TX, 187
Newport News, VA, 186
Fort Lauderdale, FL, 183
Chattanooga, TN, 182
Tempe, AZ, 181
Aurora, IL, 180
Santa Rosa, CA, 178
Eugene, OR, 177
Elk Grove, CA, 176
Salem, OR, 175
Ontario, CA, 175
Cary, NC, 175
Rancho Cucamonga, CA, 174
Oceanside, CA, 174
Lancaster, CA, 173
Garden Grove, CA, 172
Pembroke Pines, FL, 171
Fort Collins, CO, 170
Palmdale, CA, 169
Springfield, MO, 169
Clarksville, TN, 166
Salinas, CA, 163
Hayward, CA, 162
Paterson, NJ, 159
Alexandria, VA, 159
Corona, CA, 157
Sunnyvale, CA, 155
Springfield, MA, 156
Kansas City, KS, 156
Jackson, MS, 154
Hollywood, FL, 153
Killeen, TX, 153
Murfreesboro, TN, 153
Pasadena, TX, 151
Escondido, CA, 151
Pomona, CA, 151
Bellevue, WA, 152
Joliet, IL, 150
Charleston, SC, 150
Mesquite, TX, 150
Naperville, IL, 149
Bridgeport, CT, 149
Rockford, IL, 148
Savannah, GA, 148
Syracuse, NY, 148
Roseville, CA, 148
Torrance, CA, 147
Fullerton, CA, 143
Surprise, AZ, 143
Mcallen, TX, 142
Thornton, CO, 141
Visalia, CA, 141
Olathe, KS, 141
Gainesville, FL, 141
West Valley City, UT, 140
Orange, CA, 140
Denton, TX, 139
Warren, MI, 139
Pasadena, CA, 138
Waco, TX, 138
Cedar Rapids, IA, 137
Dayton, OH, 138
Elizabeth, NJ, 137
Hampton, VA, 137
Columbia, SC, 137
Kent, WA, 136
Stamford, CT, 136
Lakewood, NJ, 135
Victorville, CA, 134
Coral Springs, FL, 134
Sterling Heights, MI, 134
New Haven, CT, 135
Carrollton, TX, 133
Midland, TX, 132
Norman, OK, 128
Santa Clara, CA, 127
Athens, GA, 127
Thousand Oaks, CA, 126
Topeka, KS, 126
Simi Valley, CA, 126
Columbia, MO, 126
Vallejo, CA, 126
Fargo, ND, 126
Allentown, PA, 126
Pearland, TX, 125
Abilene, TX, 125
Concord, CA, 125
Berkeley, CA, 124
Ann Arbor, MI, 124
Arvada, CO, 124
Independence, MO, 123
Lafayette, LA, 121
Hartford, CT, 121
Rochester, MN, 121
College Station, TX, 120
Clovis, CA, 120
Fairfield, CA, 119
Palm Bay, FL, 119
Richardson, TX, 119
Round Rock, TX, 119
Cambridge, MA, 118
Meridian, ID, 118
West Palm Beach, FL, 117
Evansville, IN, 117
Clearwater, FL, 117
Billings, MT, 117
West Jordan, UT, 116
Richmond, CA, 116
Westminster, CO, 116
Manchester, NH, 115
Lowell, MA, 115
Wilmington, NC, 115
Antioch, CA, 115
Beaumont, TX, 115
Provo, UT, 115
Elgin, IL, 115
Carlsbad, CA, 115
Downey, CA, 115
Odessa, TX, 114
Waterbury, CT, 114
Springfield, IL, 114
League City, TX, 114
North Charleston, SC, 114
Gresham, OR, 114
High Point, NC, 114
Lansing, MI, 113
Peoria, IL, 113
Broken Arrow, OK, 113
Miami Gardens, FL, 111
Costa Mesa, CA, 112
Lakeland, FL, 112
Pompano Beach, FL, 112
Las Cruces, NM, 112
Sugar Land, TX, 111
Lewisville, TX, 111
Pueblo, CO, 111
Temecula, CA, 110
Murrieta, CA, 110
Everett, WA, 110
Santa Maria, CA, 110
Ventura, CA, 110
West Covina, CA, 109
El Monte, CA, 109
Greeley, CO, 108
Boulder, CO, 108
Sparks, NV, 108
Inglewood, CA, 108
Green Bay, WI, 107
Burbank, CA, 107
Tyler, TX, 105
Jurupa Valley, CA, 105
El Cajon, CA, 106
Renton, WA, 106
Hillsboro, OR, 106
Davenport, IA, 101
Daly City, CA, 104
Rialto, CA, 104
Rio Rancho, NM, 104
San Mateo, CA, 105
Allen, TX, 105
Brockton, MA, 105
Norwalk, CA, 103
South Bend, IN, 103
Concord, NC, 105
Menifee, CA, 102
Vacaville, CA, 102
Wichita Falls, TX, 102
Lees Summit, MO, 101
Lynn, MA, 101
Quincy, MA, 101
New Bedford, MA, 101
Chico, CA, 101
Edinburg, TX, 100
Roanoke, VA, 100
Tuscaloosa, AL, 100
Nampa, ID, 100
Hesperia, CA, 100
Albany, NY, 99
Kenosha, WI, 99
Carmel, IN, 99
San Angelo, TX, 99
Fishers, IN, 99
Bend, OR, 99
Vista, CA, 98
Compton, CA, 96
Yuma, AZ, 95
Lawrence, KS, 94
Fayetteville, AR, 94
San Marcos, CA, 94
Roswell, GA, 92
Westminster, CA, 91
Norwalk, CT, 91
Lawrence, MA, 89
Troy, MI, 87
Greenville, NC, 87
Auburn, WA, 87
Medford, OR, 85
Alhambra, CA, 83
Lakewood, CA, 82
Bloomington, IN, 79
Bloomington, IL, 78
Auburn, AL, 76
Apple Valley, CA, 75
Dublin, CA, 72
Jacksonville, NC, 72
Mansfield, TX, 72
Canton, OH, 71
Wilmington, DE, 71
Decatur, IL, 70
Greenville, SC, 70
Lafayette, IN, 70
Union City, CA, 70
Albany, GA, 69
Portland, ME, 68
Jackson, TN, 68
San Marcos, TX, 68
Union City, NJ, 68
Bellevue, NE, 64
Brentwood, CA, 64
Lakewood, WA, 63
Springfield, OR, 62
Fairfield, CT, 61
Springfield, OH, 59
Medford, MA, 59
Lancaster, PA, 58
Burlington, NC, 57
Decatur, AL, 57
Albany, OR, 56
Madison, AL, 56
Smyrna, GA, 55
Manhattan, KS, 54
Plainfield, NJ, 54
Wheaton, IL, 53
Smyrna, TN, 53
Beaumont, CA, 53
Troy, NY, 51
Columbus, IN, 50
Lakewood, OH, 50
Middletown, OH, 50
Newark, OH, 50
Dublin, OH, 49
Everett, MA, 49
Lincoln, CA, 49
Charleston, WV, 48
Newark, CA, 48
Roswell, NM, 48
Cleveland, TN, 47
Mansfield, OH, 47
Middletown, CT, 47
Roseville, MI, 47
Alexandria, LA, 45
Brentwood, TN, 45
Burlington, VT, 45
Elmhurst, IL, 45
Huntsville, TX, 45
Concord, NH, 44
Fairfield, OH, 44
Plainfield, IL, 44
Salem, MA, 44
Danville, CA, 43
Danville, VA, 42
Midland, MI, 42
Bartlett, IL, 41
Quincy, IL, 40
Warren, OH, 39
"""


def _populations(table: str) -> dict[tuple[str, str], int]:
    found: dict[tuple[str, str], int] = {}
    for line in table.strip().splitlines():
        city, state, thousands = line.rsplit(", ", 2)
        found[(city, state)] = int(thousands) * 1000
    return found


POPULATION: dict[tuple[str, str], int] = _populations(_POPULATION_2020)

# What people call a city, county or state. Each maps to the place key it means. Nicknames of
# the 100 largest cities and of every place the seed serves; one that names a letter or a
# number ("the A", "the D") counts only where it is plainly a place (see LOOSE).
NICKNAMES: dict[str, str] = {
    # New York
    "nyc": "city:NY:New York", "new york city": "city:NY:New York", "ny city": "city:NY:New York",
    "the big apple": "city:NY:New York", "big apple": "city:NY:New York",
    # Los Angeles, and Los Angeles County
    "la": "city:CA:Los Angeles", "l.a.": "city:CA:Los Angeles", "l.a": "city:CA:Los Angeles",
    "los angeles ca": "city:CA:Los Angeles", "city of angels": "city:CA:Los Angeles",
    "la county": "county:CA:Los Angeles County", "l.a. county": "county:CA:Los Angeles County",
    "l.a county": "county:CA:Los Angeles County",
    # Chicago
    "chi": "city:IL:Chicago", "chi town": "city:IL:Chicago", "chitown": "city:IL:Chicago",
    "chi-town": "city:IL:Chicago", "chiraq": "city:IL:Chicago", "windy city": "city:IL:Chicago",
    "the windy city": "city:IL:Chicago", "chicagoland": "city:IL:Chicago",
    # Houston
    "h-town": "city:TX:Houston", "htown": "city:TX:Houston", "h town": "city:TX:Houston",
    "htx": "city:TX:Houston", "space city": "city:TX:Houston",
    # Phoenix, Philadelphia, San Antonio, Dallas, San Jose, Austin
    "phx": "city:AZ:Phoenix", "philly": "city:PA:Philadelphia", "phila": "city:PA:Philadelphia",
    "philadelphia pa": "city:PA:Philadelphia", "satx": "city:TX:San Antonio",
    "san antone": "city:TX:San Antonio", "big d": "city:TX:Dallas", "the big d": "city:TX:Dallas",
    "sj": "city:CA:San Jose", "san jo": "city:CA:San Jose", "atx": "city:TX:Austin",
    # Jacksonville, Fort Worth, Columbus, Indianapolis, Charlotte
    "jax": "city:FL:Jacksonville", "duval": "city:FL:Jacksonville",
    "cowtown": "city:TX:Fort Worth", "funkytown": "city:TX:Fort Worth",
    "cbus": "city:OH:Columbus", "c-bus": "city:OH:Columbus", "indy": "city:IN:Indianapolis",
    "naptown": "city:IN:Indianapolis", "clt": "city:NC:Charlotte",
    # San Francisco
    "sf": "city:CA:San Francisco", "s.f.": "city:CA:San Francisco",
    "san fran": "city:CA:San Francisco", "sanfran": "city:CA:San Francisco",
    "san fransisco": "city:CA:San Francisco", "sf city": "city:CA:San Francisco",
    # Seattle, Denver, Washington DC, Nashville, Oklahoma City, El Paso, Boston
    "emerald city": "city:WA:Seattle", "mile high city": "city:CO:Denver",
    "the mile high city": "city:CO:Denver", "dc": "city:DC:Washington",
    "d.c.": "city:DC:Washington", "d.c": "city:DC:Washington",
    "washington dc": "city:DC:Washington", "washington d.c.": "city:DC:Washington",
    "washington d.c": "city:DC:Washington", "the district": "city:DC:Washington",
    "the dmv": "city:DC:Washington", "dmv area": "city:DC:Washington",
    "nashvegas": "city:TN:Nashville", "music city": "city:TN:Nashville",
    "okc": "city:OK:Oklahoma City", "chuco": "city:TX:El Paso", "el chuco": "city:TX:El Paso",
    "chuco town": "city:TX:El Paso", "beantown": "city:MA:Boston", "bean town": "city:MA:Boston",
    # Portland, Oregon, and the rest of Multnomah County
    "pdx": "city:OR:Portland", "stumptown": "city:OR:Portland", "rip city": "city:OR:Portland",
    "portland or": "city:OR:Portland", "multco": "county:OR:Multnomah County",
    "mult co": "county:OR:Multnomah County", "multnomah": "county:OR:Multnomah County",
    # Las Vegas, Detroit, Memphis, Louisville, Baltimore, Milwaukee
    "vegas": "city:NV:Las Vegas", "lv": "city:NV:Las Vegas", "sin city": "city:NV:Las Vegas",
    "the d": "city:MI:Detroit", "motown": "city:MI:Detroit", "motor city": "city:MI:Detroit",
    "the motor city": "city:MI:Detroit", "bluff city": "city:TN:Memphis",
    "the ville": "city:KY:Louisville", "bmore": "city:MD:Baltimore",
    "b-more": "city:MD:Baltimore", "charm city": "city:MD:Baltimore",
    "mke": "city:WI:Milwaukee", "the mil": "city:WI:Milwaukee",
    # Albuquerque, Tucson, Fresno, Sacramento, Kansas City, Atlanta
    "abq": "city:NM:Albuquerque", "burque": "city:NM:Albuquerque",
    "duke city": "city:NM:Albuquerque", "tucson az": "city:AZ:Tucson",
    "sac": "city:CA:Sacramento", "sactown": "city:CA:Sacramento", "sac town": "city:CA:Sacramento",
    "sacto": "city:CA:Sacramento", "kcmo": "city:MO:Kansas City", "kck": "city:KS:Kansas City",
    "atl": "city:GA:Atlanta", "the a": "city:GA:Atlanta", "a-town": "city:GA:Atlanta",
    "hotlanta": "city:GA:Atlanta", "zone 6": "city:GA:Atlanta",
    # Colorado Springs, Long Beach, Virginia Beach, Miami, Oakland, Minneapolis
    "the springs": "city:CO:Colorado Springs", "cos": "city:CO:Colorado Springs",
    "lbc": "city:CA:Long Beach", "the lbc": "city:CA:Long Beach",
    "va beach": "city:VA:Virginia Beach", "vb": "city:VA:Virginia Beach",
    "mia": "city:FL:Miami", "magic city": "city:FL:Miami", "the town": "city:CA:Oakland",
    "oaktown": "city:CA:Oakland", "oak town": "city:CA:Oakland", "mpls": "city:MN:Minneapolis",
    # Bakersfield, Wichita, Tampa, New Orleans, Cleveland
    "bako": "city:CA:Bakersfield", "ict": "city:KS:Wichita", "tpa": "city:FL:Tampa",
    "tampa bay": "city:FL:Tampa", "nola": "city:LA:New Orleans",
    "nawlins": "city:LA:New Orleans", "the oc": "county:CA:Orange County",
    "san anto": "city:TX:San Antonio", "jaialia": "city:FL:Hialeah",
    "sanber": "city:CA:San Bernardino",
    "sacra": "city:CA:Sacramento", "nuyol": "city:NY:New York", "nueba york": "city:NY:New York",
    "ucla": "city:CA:Los Angeles", "usc": "city:CA:Los Angeles",
    "pequena habana": "city:FL:Miami", "la pequena habana": "city:FL:Miami",
    "la mision": "city:CA:San Francisco",
    "oc": "county:CA:Orange County", "bpt": "city:CT:Bridgeport", "san hosay": "city:CA:San Jose",
    "sanhosay": "city:CA:San Jose", "brklyn": "city:NY:New York", "bklyn": "city:NY:New York",
    # Area codes said as places ("the 510"): only with "the", a bare number is an age or a ZIP.
    "the 510": "city:CA:Oakland", "the 415": "city:CA:San Francisco",
    "the 408": "city:CA:San Jose", "the 916": "city:CA:Sacramento",
    "the 213": "city:CA:Los Angeles", "the 323": "city:CA:Los Angeles",
    "the 818": "city:CA:Los Angeles", "the 619": "city:CA:San Diego",
    "the 559": "city:CA:Fresno", "the 503": "city:OR:Portland", "the 971": "city:OR:Portland",
    "the 312": "city:IL:Chicago", "the 773": "city:IL:Chicago", "the 713": "city:TX:Houston",
    "the 832": "city:TX:Houston", "the 214": "city:TX:Dallas", "the 210": "city:TX:San Antonio",
    "the 512": "city:TX:Austin", "the 404": "city:GA:Atlanta", "the 305": "city:FL:Miami",
    "the 702": "city:NV:Las Vegas", "the 206": "city:WA:Seattle", "the 313": "city:MI:Detroit",
    "the 215": "city:PA:Philadelphia", "the 212": "city:NY:New York",
    "the 718": "city:NY:New York", "the 504": "city:LA:New Orleans",
    "the 314": "city:MO:Saint Louis", "the 901": "city:TN:Memphis",
    "the 615": "city:TN:Nashville", "the 602": "city:AZ:Phoenix", "the 202": "city:DC:Washington",
    "the big easy": "city:LA:New Orleans", "big easy": "city:LA:New Orleans",
    "the land": "city:OH:Cleveland", "cle": "city:OH:Cleveland",
    # Newark, Saint Paul, Cincinnati, Orlando, Pittsburgh, Saint Louis
    "brick city": "city:NJ:Newark", "cincy": "city:OH:Cincinnati", "cinci": "city:OH:Cincinnati",
    "the nati": "city:OH:Cincinnati", "nati": "city:OH:Cincinnati",
    "o-town": "city:FL:Orlando", "otown": "city:FL:Orlando", "the burgh": "city:PA:Pittsburgh",
    "pgh": "city:PA:Pittsburgh", "steel city": "city:PA:Pittsburgh",
    "stl": "city:MO:Saint Louis", "the lou": "city:MO:Saint Louis",
    # Greensboro, Durham, Buffalo, Madison, North Las Vegas, Saint Petersburg
    "gboro": "city:NC:Greensboro", "g-boro": "city:NC:Greensboro", "bull city": "city:NC:Durham",
    "bflo": "city:NY:Buffalo", "madtown": "city:WI:Madison", "mad city": "city:WI:Madison",
    "nlv": "city:NV:North Las Vegas", "st pete": "city:FL:Saint Petersburg",
    "st. pete": "city:FL:Saint Petersburg", "saint pete": "city:FL:Saint Petersburg",
    # Winston-Salem, Baton Rouge, Richmond, San Bernardino, Huntsville, Des Moines
    "winston": "city:NC:Winston Salem", "red stick": "city:LA:Baton Rouge",
    "rva": "city:VA:Richmond", "berdoo": "city:CA:San Bernardino",
    "san berdoo": "city:CA:San Bernardino", "rocket city": "city:AL:Huntsville",
    "dsm": "city:IA:Des Moines",
    # Moreno Valley, Port Saint Lucie, Birmingham, Salt Lake City, Tallahassee, Providence
    "moval": "city:CA:Moreno Valley", "mo val": "city:CA:Moreno Valley",
    "psl": "city:FL:Port Saint Lucie", "bham": "city:AL:Birmingham",
    "slc": "city:UT:Salt Lake City", "salt lake": "city:UT:Salt Lake City",
    "tally": "city:FL:Tallahassee", "pvd": "city:RI:Providence",
    # Vancouver (Washington), Knoxville, Fort Lauderdale, Chattanooga, Fort Collins
    "the couv": "city:WA:Vancouver", "knoxvegas": "city:TN:Knoxville",
    "ft laud": "city:FL:Fort Lauderdale", "fort laud": "city:FL:Fort Lauderdale",
    "nooga": "city:TN:Chattanooga", "chatt": "city:TN:Chattanooga", "foco": "city:CO:Fort Collins",
    # States people name their own way
    "cali": "state:CA", "calif": "state:CA", "conn": "state:CT", "jersey": "state:NJ",
    "mass": "state:MA", "penn": "state:PA", "pennsylvania pa": "state:PA",
}  # fmt: skip

# Nicknames that are also ordinary words or letters: a place only when the message is short,
# written in capitals ("the A", "LA"), or comes after a place word ("in the a", "downtown la").
LOOSE: frozenset[str] = frozenset({
    "la", "sf", "sj", "lv", "vb", "dc", "chi", "sac", "cos", "mia", "cle", "the a", "the d",
    "the town", "the land", "the district", "the springs", "the ville", "the mil", "winston",
    "nati", "mass", "penn", "conn", "jersey", "magic city", "tally", "the lou",
})  # fmt: skip

# Parts of cities: neighbourhoods, boroughs and districts, and the city each belongs to. Many
# are town names in the ZIP data too (Bronx, Van Nuys); the person means the big city.
NEIGHBOURHOODS: dict[str, str] = {
    # New York
    "the bronx": "city:NY:New York", "bronx": "city:NY:New York",
    "south bronx": "city:NY:New York", "brooklyn": "city:NY:New York",
    "bk": "city:NY:New York", "queens": "city:NY:New York", "staten island": "city:NY:New York",
    "manhattan": "city:NY:New York", "harlem": "city:NY:New York",
    "east harlem": "city:NY:New York", "spanish harlem": "city:NY:New York",
    "washington heights": "city:NY:New York",
    "bed stuy": "city:NY:New York", "bed-stuy": "city:NY:New York",
    "bedstuy": "city:NY:New York", "bushwick": "city:NY:New York",
    "flatbush": "city:NY:New York", "east new york": "city:NY:New York",
    "crown heights": "city:NY:New York", "flushing": "city:NY:New York",
    "jamaica queens": "city:NY:New York", "astoria": "city:NY:New York",
    "long island city": "city:NY:New York", "far rockaway": "city:NY:New York",
    "the rockaways": "city:NY:New York", "hunts point": "city:NY:New York",
    "lower east side": "city:NY:New York", "midtown manhattan": "city:NY:New York",
    # Los Angeles
    "hollywood": "city:CA:Los Angeles", "north hollywood": "city:CA:Los Angeles",
    "noho": "city:CA:Los Angeles", "watts": "city:CA:Los Angeles",
    "south central": "city:CA:Los Angeles", "south la": "city:CA:Los Angeles",
    "south los angeles": "city:CA:Los Angeles", "downtown la": "city:CA:Los Angeles",
    "downtown los angeles": "city:CA:Los Angeles", "dtla": "city:CA:Los Angeles",
    "skid row": "city:CA:Los Angeles", "koreatown": "city:CA:Los Angeles",
    "boyle heights": "city:CA:Los Angeles", "east la": "city:CA:Los Angeles",
    "east los angeles": "city:CA:Los Angeles", "echo park": "city:CA:Los Angeles",
    "silver lake": "city:CA:Los Angeles", "van nuys": "city:CA:Los Angeles",
    "sherman oaks": "city:CA:Los Angeles", "encino": "city:CA:Los Angeles",
    "reseda": "city:CA:Los Angeles", "canoga park": "city:CA:Los Angeles",
    "northridge": "city:CA:Los Angeles", "sylmar": "city:CA:Los Angeles",
    "pacoima": "city:CA:Los Angeles", "panorama city": "city:CA:Los Angeles",
    "san pedro": "city:CA:Los Angeles", "harbor city": "city:CA:Los Angeles",
    "venice beach": "city:CA:Los Angeles",
    "crenshaw": "city:CA:Los Angeles", "leimert park": "city:CA:Los Angeles",
    "mid city": "city:CA:Los Angeles",
    "macarthur park": "city:CA:Los Angeles", "pico union": "city:CA:Los Angeles",
    "lincoln heights": "city:CA:Los Angeles", "el sereno": "city:CA:Los Angeles",
    "san fernando valley": "city:CA:Los Angeles", "valle de san fernando": "city:CA:Los Angeles",
    "el valle de san fernando": "city:CA:Los Angeles", "este de los angeles": "city:CA:Los Angeles",
    "el este de los angeles": "city:CA:Los Angeles", "sur de los angeles": "city:CA:Los Angeles",
    "el sur de los angeles": "city:CA:Los Angeles", "centro de los angeles": "city:CA:Los Angeles",
    # San Francisco
    "the mission": "city:CA:San Francisco", "mission district": "city:CA:San Francisco",
    "the tenderloin": "city:CA:San Francisco", "tenderloin": "city:CA:San Francisco",
    "soma": "city:CA:San Francisco", "bayview": "city:CA:San Francisco",
    "hunters point": "city:CA:San Francisco", "bayview hunters point": "city:CA:San Francisco",
    "excelsior": "city:CA:San Francisco", "visitacion valley": "city:CA:San Francisco",
    "western addition": "city:CA:San Francisco", "the fillmore": "city:CA:San Francisco",
    "the haight": "city:CA:San Francisco", "haight ashbury": "city:CA:San Francisco",
    "the castro": "city:CA:San Francisco", "outer sunset": "city:CA:San Francisco",
    "sunset district": "city:CA:San Francisco", "richmond district": "city:CA:San Francisco",
    # Oakland
    "east oakland": "city:CA:Oakland", "deep east": "city:CA:Oakland",
    "deep east oakland": "city:CA:Oakland", "west oakland": "city:CA:Oakland",
    "north oakland": "city:CA:Oakland", "fruitvale": "city:CA:Oakland",
    "lake merritt": "city:CA:Oakland", "temescal": "city:CA:Oakland",
    # Portland and Gresham
    "outer east portland": "city:OR:Portland", "felony flats": "city:OR:Portland",
    "lents": "city:OR:Portland", "st johns": "city:OR:Portland", "parkrose": "city:OR:Portland",
    "montavilla": "city:OR:Portland", "rockwood": "city:OR:Gresham",
    # Atlanta
    "bankhead": "city:GA:Atlanta", "west end atlanta": "city:GA:Atlanta",
    "buckhead": "city:GA:Atlanta", "mechanicsville": "city:GA:Atlanta",
    "vine city": "city:GA:Atlanta", "old fourth ward": "city:GA:Atlanta",
    "o4w": "city:GA:Atlanta", "kirkwood atlanta": "city:GA:Atlanta",
    # Chicago
    "southside chicago": "city:IL:Chicago",
    "west side chicago": "city:IL:Chicago", "pilsen": "city:IL:Chicago",
    "little village": "city:IL:Chicago", "humboldt park": "city:IL:Chicago",
    "garfield park": "city:IL:Chicago", "north lawndale": "city:IL:Chicago",
    "back of the yards": "city:IL:Chicago", "bronzeville": "city:IL:Chicago",
    "rogers park": "city:IL:Chicago", "logan square": "city:IL:Chicago",
    "wicker park": "city:IL:Chicago", "west englewood": "city:IL:Chicago",
    "auburn gresham": "city:IL:Chicago", "englewood chicago": "city:IL:Chicago",
    # Houston, Philadelphia, Detroit, Miami, Washington, New Orleans, Boston
    "third ward": "city:TX:Houston", "fifth ward": "city:TX:Houston", "alief": "city:TX:Houston",
    "gulfton": "city:TX:Houston", "acres homes": "city:TX:Houston",
    "north philly": "city:PA:Philadelphia", "south philly": "city:PA:Philadelphia",
    "west philly": "city:PA:Philadelphia", "southwest detroit": "city:MI:Detroit",
    "liberty city": "city:FL:Miami", "overtown": "city:FL:Miami",
    "little havana": "city:FL:Miami", "little haiti": "city:FL:Miami",
    "anacostia": "city:DC:Washington", "southeast dc": "city:DC:Washington",
    "se dc": "city:DC:Washington", "ninth ward": "city:LA:New Orleans",
    "9th ward": "city:LA:New Orleans", "lower ninth ward": "city:LA:New Orleans",
    "lower 9th ward": "city:LA:New Orleans", "the lower 9": "city:LA:New Orleans",
    "treme": "city:LA:New Orleans", "french quarter": "city:LA:New Orleans",
    "roxbury": "city:MA:Boston", "dorchester": "city:MA:Boston", "mattapan": "city:MA:Boston",
    "jamaica plain": "city:MA:Boston", "southie": "city:MA:Boston",
    "south boston": "city:MA:Boston", "east boston": "city:MA:Boston", "eastie": "city:MA:Boston",
}  # fmt: skip

# Regions: the places they most likely mean, most likely first. One place resolves; several
# are asked about.
REGIONS: dict[str, tuple[str, ...]] = {
    "the bay": ("city:CA:San Francisco", "city:CA:Oakland", "city:CA:San Jose"),
    "bay area": ("city:CA:San Francisco", "city:CA:Oakland", "city:CA:San Jose"),
    "the bay area": ("city:CA:San Francisco", "city:CA:Oakland", "city:CA:San Jose"),
    "sf bay area": ("city:CA:San Francisco", "city:CA:Oakland", "city:CA:San Jose"),
    "bay": ("city:CA:San Francisco", "city:CA:Oakland", "city:CA:San Jose"),
    "east bay": ("city:CA:Oakland",),
    "the east bay": ("city:CA:Oakland",),
    "silicon valley": ("city:CA:San Jose",),
    "socal": ("city:CA:Los Angeles", "city:CA:San Diego"),
    "so cal": ("city:CA:Los Angeles", "city:CA:San Diego"),
    "southern california": ("city:CA:Los Angeles", "city:CA:San Diego"),
    "norcal": ("city:CA:San Francisco", "city:CA:Sacramento"),
    "nor cal": ("city:CA:San Francisco", "city:CA:Sacramento"),
    "northern california": ("city:CA:San Francisco", "city:CA:Sacramento"),
    "inland empire": ("city:CA:Riverside", "city:CA:San Bernardino"),
    "the ie": ("city:CA:Riverside", "city:CA:San Bernardino"),
    "la villita": ("city:IL:Chicago", "city:TX:San Antonio"),
    "rgv": ("city:TX:Mcallen", "city:TX:Brownsville", "city:TX:Harlingen", "city:TX:Edinburg"),
    "the rgv": ("city:TX:Mcallen", "city:TX:Brownsville", "city:TX:Harlingen", "city:TX:Edinburg"),
    "the valley tx": ("city:TX:Mcallen", "city:TX:Brownsville", "city:TX:Harlingen"),
    "upstate ny": ("city:NY:Buffalo", "city:NY:Rochester", "city:NY:Syracuse", "city:NY:Albany"),
    "upstate new york": (
        "city:NY:Buffalo",
        "city:NY:Rochester",
        "city:NY:Syracuse",
        "city:NY:Albany",
    ),
    "dfw": ("city:TX:Dallas", "city:TX:Fort Worth"),
    "the metroplex": ("city:TX:Dallas", "city:TX:Fort Worth"),
    "twin cities": ("city:MN:Minneapolis", "city:MN:Saint Paul"),
    "the twin cities": ("city:MN:Minneapolis", "city:MN:Saint Paul"),
    "kc": ("city:MO:Kansas City", "city:KS:Kansas City"),
    "the triangle": ("city:NC:Raleigh", "city:NC:Durham"),
    "frisco": ("city:CA:San Francisco", "city:TX:Frisco"),
    "dmv": ("city:DC:Washington",),
    # In Spanish, as young people in California say them.
    "la bahia": ("city:CA:San Francisco", "city:CA:Oakland", "city:CA:San Jose"),
    "el area de la bahia": ("city:CA:San Francisco", "city:CA:Oakland", "city:CA:San Jose"),
    "area de la bahia": ("city:CA:San Francisco", "city:CA:Oakland", "city:CA:San Jose"),
    "central valley": ("city:CA:Fresno", "city:CA:Bakersfield", "city:CA:Modesto"),
    "valle central": ("city:CA:Fresno", "city:CA:Bakersfield", "city:CA:Modesto"),
    "el valle central": ("city:CA:Fresno", "city:CA:Bakersfield", "city:CA:Modesto"),
}

# Places outside the US that young people name: never a US town of the same name, unless a
# US state comes with it ("london ky"). A big US city of the name is offered as a question.
ABROAD: frozenset[str] = frozenset({
    "london", "paris", "mexico", "mexico city", "ciudad de mexico", "cdmx", "tijuana", "tj",
    "juarez", "ciudad juarez", "mexicali", "ensenada", "rosarito", "guadalajara", "monterrey",
    "cancun", "acapulco", "puebla", "oaxaca", "toronto", "the 6", "the six", "the 6ix", "6ix",
    "vancouver", "montreal", "ottawa", "calgary", "edmonton", "winnipeg", "canada",
    "ontario canada",
    "england", "uk", "the uk", "united kingdom", "britain", "ireland", "scotland", "france",
    "germany", "berlin", "spain", "madrid", "italy", "rome", "europe", "china", "japan",
    "tokyo", "korea", "seoul", "india", "philippines", "manila", "nigeria", "lagos", "kenya",
    "nairobi", "jamaica", "kingston jamaica", "haiti", "cuba", "havana", "dominican republic",
    "honduras", "guatemala", "el salvador", "san salvador", "nicaragua", "colombia", "bogota",
    "san pedro sula", "tegucigalpa", "ciudad de guatemala", "quetzaltenango", "xela",
    "venezuela", "peru", "lima peru", "brazil", "australia", "sydney", "melbourne australia",
    "africa", "asia", "abroad", "overseas", "another country",
})  # fmt: skip

# Words that name no place anyone can be helped in, even where a tiny town carries the name.
NOT_PLACES: frozenset[str] = frozenset({
    "earth", "mars", "the moon", "moon", "heaven", "hell", "nowhere", "everywhere",
    "anywhere", "somewhere", "here", "there", "home", "the streets", "streets", "the street",
    "street", "outside", "my car", "a car", "the hood", "hood", "the block", "planet earth",
    "the world", "world", "usa", "us", "the us", "america", "united states", "the states",
    "foster care", "foster home", "group home", "juvenile hall", "the park", "the mall",
    # A side of a city, said without the city: which city is not known, so ask where.
    "westside", "eastside", "northside", "southside", "midtown", "uptown", "downtown",
    "the westside", "the eastside", "the northside", "the southside",
})  # fmt: skip
