/**
 * English sample text for the character trigram profile.
 *
 * Format: one sentence a line, general news-style prose on varied topics, written by the Körpü
 * team for this purpose (not copied from any source).
 */
export const EN_SAMPLE = `
The president attended the opening ceremony of a new school building in the capital today.
The cabinet meeting discussed issues related to the development of the economy.
Temperatures in the city are expected to rise to eighteen degrees tomorrow.
The national team will play its next match in the northern city next week.
According to the statistics committee, exports have grown since the beginning of the year.
Historic buildings in the city centre are being restored.
University students won three gold medals at the international olympiad.
Traffic police have urged drivers to be careful during the snowfall.
The health ministry announced that it had launched a new vaccination campaign.
Farmers working in agriculture will receive loans at reduced interest rates.
The central bank decided to keep its key interest rate unchanged.
Oil production in the country fell slightly compared with the previous month.
Reforms in the education system include higher salaries for teachers.
Construction of a new sports complex has been completed in the second largest city.
Trade between the two countries has increased significantly.
Well-known singers performed at a concert held yesterday evening.
Forecasters predict strong winds in several regions.
The minister said the project would be finished within two years.
More tourists have visited the country this year than last year.
The government is preparing a new programme to support small and medium-sized businesses.
Fishing in the Caspian Sea has been temporarily banned.
The court postponed the hearing until next month.
Output at the plant has doubled since the new line was installed.
Scientists have made interesting discoveries at an ancient settlement.
The head of state received the ambassadors of several foreign countries.
Hundreds of thousands of pupils will start school in the new academic year.
The leaders of the football championship remained unchanged after the weekend.
The company plans to invest more in renewable energy sources in the future.
Parliament will consider a number of bills during its autumn session.
More than a hundred works by contemporary painters are on display at the exhibition.
Representatives of the local authority met residents of the district.
Experts believe that prices will continue to rise until the end of the year.
The water supply system in the region is being rebuilt.
Passenger numbers at the airport have been rising steadily.
Parents should pay closer attention to the health of their children.
Oil prices rose again on world markets.
The opening of the new metro station is planned for next year.
Reports on the effects of climate change were presented at the conference.
The condition of the injured people taken to hospital is said to be stable.
The theatre will open its new season with a classic play.
Thousands of guests came to the festival held in the old town.
Specialists are studying the impact of artificial intelligence on the labour market.
This project aims to increase employment among young people.
State budget revenues were higher than forecast.
The chairman of the committee answered questions from journalists.
Demand for electricity rises sharply in the summer months.
A fire broke out in the area, but nobody was hurt.
A new reading room has opened at the library.
A delegation from the international organisation is visiting the region.
Under the decision, the salaries of civil servants will be increased.
Researchers have successfully completed trials of a new drug.
The quality of internet service in villages is improving.
The country's wrestlers won two medals at the European championship.
The cotton harvest season has begun.
This was reported by the press service of the ministry.
Work on new parks in the city is continuing.
Business owners have asked for tax breaks to be extended.
Security forces have tightened control along the border.
The environment ministry held a tree planting campaign.
Interest in mountain resorts grows during the winter season.
Athletes are holding a training camp as part of their preparations for the Olympic Games.
The loan portfolio of the banking sector grew by ten percent over the year.
The winners of the competition will be awarded in December.
New bus routes have been introduced for the convenience of residents.
The economy grew by three percent in the first half of the year.
Free training courses are being organised for young programmers.
Historians have published a new book about the past of the city.
The first snow of the season fell in mountainous areas.
A tender has been announced for the reconstruction of the railway line.
The foreign ministry issued a statement condemning the incident.
A new film by a local director is now showing in cinemas.
A new promenade will be built along the coast.
Doctors recommend drinking plenty of water in hot weather.
Traffic rules on some streets have been changed to reduce congestion.
A concert by masters of traditional music will take place as part of the festival.
Students are being sent to foreign companies for internships.
According to official figures, unemployment has fallen.
Tea plantations in the south are being expanded.
The new law bans smoking in public places.
Our chess player took first place at an international tournament.
Talks on this issue are still going on.
Residents complain about interruptions in the gas supply.
Members of the expedition managed to reach the summit of the mountain.
He said most of the investment would go to manufacturing.
Speakers at the event stressed the importance of protecting cultural heritage.
A social service centre for elderly people has opened.
Cooperation with neighbouring countries on energy projects is expanding.
A holiday concert will be held in the main square.
Scientists from many countries are taking part in the symposium.
The head coach held a press conference after the game.
Roads to several villages were closed because of the flood.
Heavy rain fell in the city last night.
The state programme covers the social and economic development of the regions.
Chefs presented the most famous dishes of the national cuisine.
The ministry will organise summer camps for schoolchildren.
The factory has created hundreds of new jobs.
The number of digital services is increasing every year.
Visitors to the exhibition saw the work of carpet weavers.
The human rights ombudsman presented her annual report to parliament.
A population census will be carried out next year.
People in the city are eagerly waiting for the new bridge to be finished.
This September the harvest reached a record level.
Both sides agreed to continue the negotiations.
Police have opened a criminal case into the incident.
New services have become available on the e-government portal.
The water level in the country's largest reservoir has dropped.
Protecting nature for future generations is the duty of all of us.
The head of the company presented the new strategy.
Young families can get mortgage loans to buy a home.
Roads in mountainous areas are being cleared of snow.
Cyclists taking part in the race covered a distance of one hundred kilometres.
The justice ministry is continuing to move notary services online.
An exhibition of ancient coins has opened at the museum.
Preparations for sowing grain are under way across the republic.
As previously reported, the meeting will take place next week.
Insurance companies are offering new products.
Travel agencies are getting ready for the summer season.
A new terminal will be built at the international airport.
The statement said that a number of shortcomings had been found during the inspection.
The number of preschool institutions is being increased.
Utility tariffs will change next month.
The state oil company said it had discovered a new field.
Experts say household incomes will continue to grow.
Our team beat its rivals by two goals in yesterday's match.
The writer's new novel has been warmly received by readers.
Controls on food prices have been tightened.
The development of relations with the European Union was discussed.
Military personnel were given new apartments.
Wages in the construction sector have risen.
Special attention is paid to children's meals in kindergartens.
Talks are under way between government officials and the trade unions.
The satellite was successfully launched into orbit.
Members of the city council approved the improvement plan.
Additional training courses have been organised for nurses.
The car factory has started producing new models.
Repair work is being carried out at the hydroelectric power station.
Cargo traffic through the port has increased.
An evening of remembrance was held to mark the actor's anniversary.
Hundreds of young people competed in a video game tournament.
The transition to green energy is speeding up in our country.
Every year thousands of young people enter higher education.
They said the work would be completed on time.
Housing prices in the capital have risen again.
On that day there was a festive mood in all the streets of the city.
The deputy minister travelled to the regions and met local people.
This step will further strengthen the country's international reputation.
Prices of building materials have remained stable.
A fund has been set up to support women entrepreneurs.
Products made by local manufacturers are reaching foreign markets.
Pupils will sit their exams at the end of the school year.
A scientific conference was held at the state university.
Thousands of trees were planted to increase green areas.
There was no damage as a result of the earthquake.
We are all proud of this success.
Would you like to come with us too?
I read this book last year.
His family lives in the village and raises livestock.
Which road is the quickest way to get there?
The girls were playing in the yard while the boys were doing their homework.
If the weather is good, we will go to the seaside tomorrow.
Because this issue worries everyone.
I have been working at this company for three years.
They are still waiting for an answer.
The new rules will come into force on the first of January.
The main goal is to raise the living standards of citizens.
The cost of the project is estimated at about fifty million dollars.
Queues have formed at the border crossing.
The number of infections fell over the past week.
Nobody was happy with the decision.
All this shows that the reforms are bearing fruit.
Young people are becoming more and more interested in reading.
Most newspapers are writing about the elections today.
Local authorities are reviewing complaints from citizens.
Citizens can now apply for new identity cards online.
Mobile operators have begun testing their 5G networks.
The World Bank has approved a new loan for the country.
Prosecutors are looking into the matter.
The celebrated actor died at the age of eighty.
By the end of the year one hundred kilometres of new roads will be built.
In addition, foreign guests also took part in the event.
There are also plans to build a new hospital in the district.
What happens next will depend on the outcome of these talks.
It was not clear whether the two leaders would meet again this year.
She told reporters that she had no plans to step down.
I'm on my way home from work and will be there in half an hour.
We are going to the market tomorrow morning.
When are you coming back?
I understand you very well, but there is no other way.
She is still in hospital.
My brother is studying law at university.
What are you doing here?
If it doesn't rain tomorrow, we want to go up the mountain.
My mother cooked pilaf for us.
I want to go to the cinema with my friends.
Why didn't you tell me earlier?
`;
